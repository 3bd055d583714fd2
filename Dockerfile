# Builds the API and the admin into one image; PostgreSQL comes from docker-compose.yml.
FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY . .
# Build with every dependency, then keep only what the server runs (no compilers, test tools or bundlers).
RUN npm install --no-audit --no-fund && npm run build && npm prune --omit=dev --no-audit --no-fund

FROM node:22-bookworm-slim
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
WORKDIR /app
COPY --from=build --chown=node:node /app /app
# The official image's unprivileged user: the server needs no root, and the embedded database's folder is its own.
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --retries=6 CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# Runs the migrations, then serves the admin at / and the API at /api.
CMD ["node", "apps/api/dist/main.js"]
