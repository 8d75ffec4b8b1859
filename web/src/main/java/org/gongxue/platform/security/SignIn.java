package org.gongxue.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import java.time.Duration;
import org.gongxue.audit.model.AuditAction;
import org.gongxue.audit.service.AuditLog;

/**
 * One sign-in attempt, the same for the login form and HTTP Basic: refuse locked accounts and
 * addresses, check the credential with the identity stores, count failures and hold their
 * answers for the growing delay, audit every outcome.
 * The password goes no further than the identity store; it is never logged.
 */
@ApplicationScoped
public class SignIn {

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    SignInGuard guard;

    @Inject
    AuditLog audit;

    @Inject
    FailurePause pause;

    public Result attempt(String username, String password, String address, String channel) {
        String typedName = username == null ? "" : username.strip();
        if (guard.isLocked(typedName, address)) {
            audit.record(typedName, address, AuditAction.SIGN_IN_LOCKED, null, channel);
            return new Result(SignInOutcome.LOCKED, null);
        }
        CredentialValidationResult result = identityStores.validate(
                new UsernamePasswordCredential(typedName, password == null ? "" : password));
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            Duration delay = guard.failed(typedName, address);
            audit.record(typedName, address, AuditAction.SIGN_IN_FAILED, null, channel);
            pause.pause(delay);
            return new Result(SignInOutcome.INVALID, null);
        }
        guard.succeeded(typedName);
        audit.record(result.getCallerPrincipal().getName(), address, AuditAction.SIGN_IN, null, channel);
        return new Result(SignInOutcome.SUCCEEDED, result);
    }

    /** @param validation the caller and their groups when the outcome is SUCCEEDED, else null */
    public record Result(SignInOutcome outcome, CredentialValidationResult validation) {
    }
}
