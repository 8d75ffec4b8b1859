package org.gongxue.forum.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * A Content-Security-Policy on the forum's pages, which show HTML that readers wrote: everything
 * from this site only, no plugins, no foreign base or form targets, no framing, no eval. The
 * sanitizer (forum.service.PostHtml) is what keeps scripts out of posts.
 *
 * <p>Inline scripts stay allowed: PrimeFaces and Faces initialise their components with inline
 * scripts, and PrimeFaces' nonce mode (primefaces.CSP) is application-wide and changed how other
 * features' pages render (empty h:messages disappeared), so a nonce-only script-src waits until
 * every page is ready for it (docs/architecture.md, "Forum spaces").
 */
public class ForumContentSecurityPolicy implements PhaseListener {

    private static final long serialVersionUID = 1L;
    static final String FORUM_PAGES = "/forum/";
    static final String POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "form-action 'self'; frame-ancestors 'none'";

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (faces.getViewRoot() != null && faces.getViewRoot().getViewId().startsWith(FORUM_PAGES)) {
            faces.getExternalContext().setResponseHeader("Content-Security-Policy", POLICY);
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
