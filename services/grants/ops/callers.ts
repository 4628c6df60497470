/** The grants service's identity on the bus (its own calls are made as `service:grants`). */
export const SERVICE = 'grants';
