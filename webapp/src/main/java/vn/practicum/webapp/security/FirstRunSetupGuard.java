package vn.practicum.webapp.security;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractWritableIdentityServiceCmd;
import org.camunda.bpm.engine.impl.cmd.CreateAuthorizationCommand;
import org.camunda.bpm.engine.impl.cmd.SaveAuthorizationCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine-level half of the defence against CVE-2026-77226: the Admin webapp's first-run set-up
 * ({@code SetupResource}, {@code POST /camunda/api/admin/setup/{engine}/user/create}) decides on its own
 * whether "no administrator exists yet" (it only counts <em>direct</em> members of {@code camunda-admin})
 * and then writes users, groups, memberships and authorizations with authorization checks switched off.
 *
 * <p>Practicum never uses that set-up (the administrator is created at start-up by
 * {@code AdministratorInitializer}), so this interceptor refuses every identity or authorization write
 * whose caller is the set-up resource, however administrators are configured and whatever URL reached it.
 * Only writes are inspected (they are rare), so the stack walk costs nothing on the engine's hot paths.
 */
class FirstRunSetupGuard extends CommandInterceptor {

    static final String SETUP_RESOURCE = "org.camunda.bpm.admin.impl.web.SetupResource";

    private static final StackWalker STACK = StackWalker.getInstance();

    @Override
    public <T> T execute(Command<T> command) {
        if (isIdentityWrite(command) && calledFromSetup()) {
            throw new AuthorizationException("Thiết lập lần đầu của Admin đã bị tắt trong Practicum / "
                    + "The Admin first-run set-up is disabled in Practicum (CVE-2026-77226)");
        }
        return next.execute(command);
    }

    private static boolean isIdentityWrite(Command<?> command) {
        return command instanceof AbstractWritableIdentityServiceCmd
                || command instanceof SaveAuthorizationCmd
                || command instanceof CreateAuthorizationCommand;
    }

    private static boolean calledFromSetup() {
        return STACK.walk(frames -> frames.anyMatch(frame -> frame.getClassName().startsWith(SETUP_RESOURCE)));
    }
}
