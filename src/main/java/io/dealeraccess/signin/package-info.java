/**
 * The OpenID Connect provider for the lender's applications (Spring Authorization Server): each catalog application
 * is a client, a dealer signs in on our login page and gets tokens only for an application the user ID holds, and
 * removing the application or ending the ID's sign-ins revokes them.
 */
package io.dealeraccess.signin;
