package org.gongxue.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * Marks the session cookie Secure when configured (gongxue.security.secure-cookies): only while
 * the application starts may the cookie's settings change. HttpOnly and SameSite are in web.xml.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Inject
    SecuritySettings settings;

    @Override
    public void contextInitialized(ServletContextEvent event) {
        event.getServletContext().getSessionCookieConfig().setSecure(settings.secureCookies());
    }
}
