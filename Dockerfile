# The app's image: one process per container, serving the site, the admin and the API on
# PORT, or the job queue alone (`node --import tsx server/jobs.ts`). Migrations run when the
# first app container starts; the demo city is never seeded (DEMO_DATA=off).
FROM node:22-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1 DEMO_DATA=off PORT=3000
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN node --import tsx server/build.ts
EXPOSE 3000
CMD ["node", "--import", "tsx", "server/start.ts"]
