// Runs the reference solution: `node practice/solutions/server.js` (port 4000, `PORT`
// changes it; `REDIS_URL` switches the store to connect-redis; `SESSION_SECRET` signs).
const { createClient } = require('redis');
const { createApp } = require('./app');

async function main() {
  let redisClient;
  if (process.env.REDIS_URL) {
    redisClient = createClient({ url: process.env.REDIS_URL });
    redisClient.on('error', (error) => console.error('redis:', error.message));
    await redisClient.connect();
  }
  const app = createApp({ redisClient, secret: process.env.SESSION_SECRET, brokenFor: process.env.BROKEN_FOR });
  const port = Number(process.env.PORT ?? 4000);
  app.listen(port, () => console.log(`Reference solution on http://127.0.0.1:${port}${redisClient ? ' (Redis store)' : ''}`));
}

void main();
