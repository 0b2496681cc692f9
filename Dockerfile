# syntax=docker/dockerfile:1
# PlainCare: build with dev dependencies, then ship only what runs, as a non-root user.

FROM node:20-slim AS build
WORKDIR /app
ENV PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
COPY package.json package-lock.json .npmrc ./
# Sources first are not needed for the install itself; `prepare` builds later, once they are copied.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY . .
RUN npm rebuild && npm run build && npm prune --omit=dev --ignore-scripts

FROM node:20-slim
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./package.json
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --from=build --chown=node:node /app/bin ./bin
# Data the server reads at start: UI and message strings, lexicons, red-flag rules.
COPY --from=build --chown=node:node /app/locales ./locales
COPY --from=build --chown=node:node /app/content ./content
COPY --from=build --chown=node:node /app/safety ./safety
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "dist/server/cli/main.js", "serve"]
