export const agreementEntities = [];
