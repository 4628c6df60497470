/** Events the projects service publishes (its public bus contract). Payloads carry ids; read the project with projects.get. */
export const ProjectEvent = {
  created: 'projects.created',
  participantAdded: 'projects.participantAdded',
  milestoneAdded: 'projects.milestoneAdded',
  milestoneCompleted: 'projects.milestoneCompleted',
  outputRecorded: 'projects.outputRecorded',
  statusChanged: 'projects.statusChanged',
} as const;

export interface ProjectEventPayload {
  projectId: string;
  allianceId: string;
  status: string;
  /** Set for participantAdded (organizationId), milestoneAdded/Completed (milestoneId), outputRecorded (outputId). */
  subjectId?: string;
}
