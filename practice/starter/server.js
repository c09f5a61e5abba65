// Session Pathshala practice track: aapka apna express-session app.
// Shuruaat lesson 1 ke seed app se hoti hai; har TODO ek exercise hai, aur uske saamne woh
// lesson hai jo use samjhaata hai (/hi-latn/learn/<slug>, English mein /en/learn/<slug>).
// Check: Pathshala repository mein `npm run check -- <exercise|all> --app http://127.0.0.1:4000`.
const express = require('express');
const session = require('express-session');
const app = express();

// TODO (login, lesson login-with-sessions): `app.use(express.json())`, taaki `req.body` mein JSON mile.
// TODO (cookie-flags, lesson session-options#secure): HTTPS proxy ke peeche `app.set('trust proxy', 'loopback')`.
// TODO (parallel-cart, lesson shopping-cart#express-session-no-lock): ek session ki requests ek ke baad ek;
//   express-session mein lock nahi hota, isliye yeh middleware session se pehle lagega.

// Session middleware
app.use(session({
    secret: 'your_secret_key',  // TODO (lesson what-is-a-session#what-goes-wrong): lamba random secret, environment se (`process.env.SESSION_SECRET`)
    resave: false,  // Session ko har request par save karne ki zaroorat nahi
    saveUninitialized: true,  // TODO (no-empty-sessions, lesson session-options#save-uninitialized): khaali session na save ho, na cookie jaaye
    cookie: { secure: false }  // HTTPS ki baat hai, HttpOnly ki nahi. TODO (cookie-flags, lesson session-options#cookie-options): httpOnly, sameSite, 30 minute ka maxAge, secure: 'auto'
    // TODO (redis-store, lesson session-stores#connect-redis-setup): `store: new RedisStore({ client })`
}));

// Seed ka route: yeh waise hi rehna chahiye (exercise seed-app).
app.get('/', (req, res) => {
    // Agar session mein user nahi hai to use initialize kar lo
    // TODO (login): login ke baad `req.session.user` asli logged-in user hoga; seed ka demo user kisi aur key mein rakhiye.
    if (!req.session.user) {
        req.session.user = { name: 'John Doe', age: 25 };
    }

    // Session ka data dikhao
    res.send(`User: ${req.session.user.name}, Age: ${req.session.user.age}`);
});

// TODO (login, lesson login-with-sessions#login-route): POST /login {username, password} → 200 {user: {username}},
//   galat password → 401, galat body → 400; login par `req.session.regenerate()` (#regenerate-on-login).
//   Accounts: riya / chai-1234, aman / samosa-1234.
// TODO (login, lesson login-with-sessions#require-login): GET /me → 200 {user} ya 401.
// TODO (logout, lesson login-with-sessions#logout): POST /logout → `req.session.destroy()` aur `res.clearCookie()`.
// TODO (cart, lesson shopping-cart#cart-code): GET /cart → {items}; POST /cart {productId, qty} → 200 {items},
//   qty 1–99 ka whole number, warna 400. Products: chai, samosa, jalebi, vada-pav, lassi.
// TODO (activity, lesson tracking-activity#activity-in-session): GET /pages/:name visit record kare (sirf pehle se
//   bane session mein); GET /activity → {visits: [{path, at}]}, naye pehle, zyada se zyada 10.

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => {
    console.log(`Server is running on port ${port}`);
});
