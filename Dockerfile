# Build stage: the whole workspace, built by Nx.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/shared/package.json libs/shared/package.json
RUN npm ci --no-audit --no-fund
COPY . .
RUN npx nx run-many -t build -p shared api web --outputStyle=static

# Runtime stage: production dependencies and the built output only.
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY package.json package-lock.json ./
COPY libs/shared/package.json libs/shared/package.json
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/libs/shared/dist libs/shared/dist
COPY --from=build /app/dist dist
RUN mkdir -p /app/uploads && chown node:node /app/uploads
USER node
EXPOSE 3000
CMD ["node", "dist/apps/api/main.js"]
