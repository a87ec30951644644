# syntax=docker/dockerfile:1
# Multi-stage image: build the till PWA, then run the sync server (which serves it) on Node.
FROM node:20-bookworm-slim AS build
WORKDIR /app
RUN npm install -g pnpm@10
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @tillsafe/till build
RUN pnpm deploy --filter @tillsafe/sync-server --prod --legacy /out \
 && cp -r apps/till/dist /out/till

FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8787 TILL_DIR=/app/till
WORKDIR /app
COPY --from=build /out /app
USER node
EXPOSE 8787
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=5 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/api/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "src/main.ts"]
