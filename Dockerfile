# syntax=docker/dockerfile:1

# --- build: install all dependencies, compile server and web, then drop dev dependencies ---
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
COPY server/package.json server/package.json
COPY web/package.json web/package.json
RUN npm ci
COPY . .
RUN npm run build \
 && npm prune --omit=dev \
 && mkdir -p server/node_modules web/node_modules

# --- runtime: only production dependencies and the compiled output ---
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json /app/package-lock.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/server/package.json ./server/package.json
COPY --from=build /app/server/node_modules ./server/node_modules
COPY --from=build /app/server/dist ./server/dist
COPY --from=build /app/web/package.json ./web/package.json
COPY --from=build /app/web/node_modules ./web/node_modules
COPY --from=build /app/web/dist ./web/dist
# Only needed when DATABASE_URL is unset and the embedded PostgreSQL keeps its data under .data/.
# The ballot key's folder (docker-compose.yml mounts a volume there) is the node user's too.
RUN mkdir -p /app/.data/keys && chown -R node:node /app/.data && chmod 700 /app/.data/keys
USER node
EXPOSE 3000
CMD ["node", "server/dist/server/src/main.js"]
