export const fundEntities = [];
