// @nestjs/graphql keeps its type metadata on the global object, and jest lets that object outlive
// a test file in a worker. Each file compiles its own entity classes, so it starts with none.
const globalRef = globalThis as Record<string, unknown>;
delete globalRef.GqlTypeMetadataStorage;
delete globalRef.GqlLazyMetadataStorageHost;
