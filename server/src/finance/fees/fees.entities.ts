export const feeEntities = [];
