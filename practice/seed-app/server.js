// Seed note ka example app, bilkul waisa hi jaisa note mein likha hai: wahi options, wahi route.
// Sirf port badla hai: 4000 (ya `PORT`), taaki Pathshala (port 3000) ke saath chal sake.
// Chalaiye: `npm run seed-app`, phir browser mein http://localhost:4000 kholiye.
const express = require('express');
const session = require('express-session');
const app = express();

// Session middleware
app.use(session({
    secret: 'your_secret_key',  // Session ID cookie ko sign karne wali secret key
    resave: false,  // Session ko har request par save karne ki zaroorat nahi
    saveUninitialized: true,  // Naya session save karna, chahe usmein kuch na ho
    cookie: { secure: false }  // Yeh HTTPS ke baare mein hai: false matlab cookie plain HTTP par bhi jaayegi; true par sirf HTTPS. (Note ka "HTTP only mode" HttpOnly flag nahi hai.)
}));

// Simple route
app.get('/', (req, res) => {
    // Agar session mein user nahi hai to use initialize kar lo
    if (!req.session.user) {
        req.session.user = { name: 'John Doe', age: 25 };
    }

    // Session ka data dikhao
    res.send(`User: ${req.session.user.name}, Age: ${req.session.user.age}`);
});

const port = Number(process.env.PORT ?? 4000);
app.listen(port, () => {
    console.log(`Server is running on port ${port}`);
});
