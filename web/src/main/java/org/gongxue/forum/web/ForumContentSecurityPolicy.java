package org.gongxue.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import org.primefaces.context.PrimeFacesContext;

/**
 * A strict Content-Security-Policy on the forum's pages, which show HTML that readers wrote:
 * scripts only from this site or carrying this response's nonce, no plugins, no foreign base or
 * form targets, no framing. The sanitizer (forum.service.PostHtml) keeps scripts out of posts;
 * this is the second line should it ever miss one.
 *
 * <p>web.xml puts PrimeFaces' CSP mode in report-only: every script it renders carries the
 * request's nonce and inline event handlers become such scripts, while the only header it sends
 * is a report-only policy, which blocks nothing on the other pages. On the forum's pages this
 * listener adds the enforced policy with the same nonce. Inline styles stay allowed: the
 * components and the editor position themselves with them, and a post keeps no style.
 */
public class ForumContentSecurityPolicy implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String FORUM_PAGES = "/forum/";

    static String policy(String nonce) {
        return "default-src 'self'; script-src 'self' 'nonce-" + nonce + "'; style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
                + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null && faces.getViewRoot().getViewId().startsWith(FORUM_PAGES)) {
            String nonce = PrimeFacesContext.getCspState(faces).getNonce();
            faces.getExternalContext().addResponseHeader("Content-Security-Policy", policy(nonce));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
