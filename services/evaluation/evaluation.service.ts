/** Yearly evaluation of alliances, pilot cities and their lists, award payments. Thin: the flows are in ops/. */
import type { Context, Service, ServiceSchema, ServiceSettingSchema } from 'moleculer';
import { actorOf, type CallMeta } from '../../infra/auth.js';
import { mongoMixin, type MongoVars } from '../../infra/mongo.mixin.js';
import { evaluationModels, type EvaluationModels, type SystemDoc } from './evaluation.model.js';
import { toSystemDto } from './evaluation.mappers.js';
import * as P from './evaluation.params.js';
import * as E from './ops/evaluate.js';
import * as C from './ops/pilot-cities.js';
import * as Pay from './ops/payments.js';
import { covers } from './ops/authority.js';

type Vars = MongoVars<EvaluationModels>;
type This = Service<ServiceSettingSchema> & Vars;
type Ctx<T> = Context<T, CallMeta>;

const EvaluationService: ServiceSchema<ServiceSettingSchema, Record<string, never>, Vars> = {
  name: 'evaluation',
  dependencies: ['organizations'],
  mixins: [mongoMixin('evaluation', evaluationModels)],
  actions: {
    createSystem: { params: P.createSystem, handler(this: This, ctx: Ctx<any>) { return E.createSystem(this.models, ctx); } },
    listSystems: {
      params: P.region,
      async handler(this: This, ctx: Ctx<{ regionCode?: string | null }>) {
        actorOf(ctx);
        const all = await this.models.System.find({}).sort({ createdAt: 1 }).limit(500).lean<SystemDoc[]>();
        const r = ctx.params.regionCode;
        return all.filter((s) => !r || covers(r, s.regionCode) || covers(s.regionCode, r)).map(toSystemDto);
      },
    },
    run: { params: P.run, handler(this: This, ctx: Ctx<any>) { return E.runEvaluation(this.models, this.broker, ctx); } },
    enterValue: { params: P.enterValue, handler(this: This, ctx: Ctx<any>) { return E.enterValue(this.models, ctx); } },
    publish: { params: P.runId, handler(this: This, ctx: Ctx<any>) { return E.publish(this.models, ctx); } },
    recordOutcome: { params: P.recordOutcome, handler(this: This, ctx: Ctx<any>) { return E.recordOutcome(this.models, ctx); } },
    getRun: { params: P.runId, handler(this: This, ctx: Ctx<any>) { return E.getRun(this.models, ctx); } },
    listRuns: { params: P.region, handler(this: This, ctx: Ctx<any>) { return E.listRuns(this.models, ctx); } },
    publicRankings: { params: P.region, handler(this: This, ctx: Ctx<any>) { return E.publicRankings(this.models, ctx); } },
    recordPilotCity: { params: P.recordPilotCity, handler(this: This, ctx: Ctx<any>) { return C.recordPilotCity(this.models, ctx); } },
    pilotCities: { params: P.region, handler(this: This, ctx: Ctx<any>) { return C.pilotCities(this.models, this.broker, ctx); } },
    recordAchievement: { params: P.recordAchievement, handler(this: This, ctx: Ctx<any>) { return C.recordAchievement(this.models, this.broker, ctx); } },
    addListItem: { params: P.addListItem, handler(this: This, ctx: Ctx<any>) { return C.addListItem(this.models, ctx); } },
    updateListItem: { params: P.updateListItem, handler(this: This, ctx: Ctx<any>) { return C.updateListItem(this.models, ctx); } },
    recordPayment: { params: P.recordPayment, handler(this: This, ctx: Ctx<any>) { return Pay.recordPayment(this.models, this.broker, ctx); } },
    fileSpendingReport: { params: P.spendingReport, handler(this: This, ctx: Ctx<any>) { return Pay.fileSpendingReport(this.models, ctx); } },
    payments: { params: P.applicationId, handler(this: This, ctx: Ctx<any>) { return Pay.payments(this.models, ctx); } },
  },
};

export default EvaluationService;
