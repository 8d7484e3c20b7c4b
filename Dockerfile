# Between — production image. Build: docker build -t between .
# Run:   docker run -d --env-file .env -v between-data:/app/data -p 8080:8080 between
# `npm run check:docker` replays these steps outside Docker (no engine needed) to keep them honest.

# --- build stage: install (compiles better-sqlite3), generate the Prisma clients, compile TypeScript
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
COPY scripts ./scripts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY adapters ./adapters
RUN npm run build
RUN npm prune --omit=dev --no-audit --no-fund

# --- runtime stage: compiled JavaScript, production dependencies, non-root
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
    LOG_FORMAT=json \
    HEALTH_PORT=8080 \
    DATABASE_URL=file:/app/data/between.db \
    BETWEEN_KEY_FILE=/app/data/between.key
WORKDIR /app
COPY --from=build /app/package.json /app/prisma.config.ts ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/prisma ./prisma
COPY --from=build /app/scripts ./scripts
COPY --from=build /app/dist ./dist
# The message catalogs, read at start from the project root (beside package.json).
COPY locales ./locales
RUN mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:8080/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/src/main.js"]
