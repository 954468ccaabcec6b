package io.dealeraccess.staff;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.util.ReflectionUtils;

/**
 * Staff passwords and wrong guesses, in Camunda's identity service (REST Basic, the web apps' login and our staff
 * pages all check passwords there).
 * <ul>
 *   <li>A wrong password locks the staff user only for a while, growing to at most {@link #MAX_DELAY_SECONDS}:
 *   Camunda's default locks the user for good after 10 wrong attempts, so anyone who knows a staff user's name could
 *   lock them out of work by guessing. The per-address limit ({@code FailedStaffLoginLimit}) slows guessing.</li>
 *   <li>Camunda's password policy (at least 10 characters, upper and lower case, a digit and a special character, not
 *   the user's name) for every staff password set through the web apps or REST. A password that fails it is the
 *   caller's mistake: answered 400 with the rules, not the engine's 500.</li>
 * </ul>
 */
@Component
class StaffLoginPolicy extends AbstractProcessEnginePlugin {

  static final int MAX_DELAY_SECONDS = 60;
  static final String POLICY = "The password does not meet the staff password policy: at least 10 characters with "
      + "upper and lower case letters, a digit and a special character, and not the user's name.";

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
    configuration.setLoginDelayMaxTime(MAX_DELAY_SECONDS);
    configuration.setEnablePasswordPolicy(true);
    List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
    interceptors.add(new PolicyAsBadRequest(configuration));
    configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
  }

  private static final class PolicyAsBadRequest extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    PolicyAsBadRequest(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (Context.getCommandContext() == null && command instanceof SaveUserCmd save) {
        User user = field(save, "user");
        String newPassword = user == null ? null : field(user, "newPassword");
        if (!Boolean.TRUE.equals(field(save, "skipPasswordPolicy")) && newPassword != null
            && !configuration.getIdentityService().checkPasswordAgainstPolicy(newPassword, user).isValid()) {
          throw new BadUserRequestException(POLICY);
        }
        onlyAdministratorsChangeEmails(user);
      }
      return next.execute(command);
    }

    /**
     * Four eyes compares a request's addresses with the reviewer's staff email: a staff member who could change
     * their own would decide their own request. Only an administrator sets a staff email.
     */
    private void onlyAdministratorsChangeEmails(User user) {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      if (user == null || caller == null || caller.getUserId() == null || (caller.getGroupIds() != null
          && caller.getGroupIds().contains(StaffGroups.CAMUNDA_ADMIN))) {
        return;
      }
      User stored = configuration.getCommandExecutorTxRequired().execute(context -> {
        context.disableAuthorizationCheck();
        return context.getReadOnlyIdentityProvider().findUserById(user.getId());
      });
      if (stored == null) {
        // Camunda refuses a new user without CREATE on users anyway; this says so in words (found by the tester)
        throw new AuthorizationException("Only an administrator creates staff accounts.");
      }
      String before = stored.getEmail();
      if (!java.util.Objects.equals(before == null ? null : before.strip().toLowerCase(java.util.Locale.ROOT),
          user.getEmail() == null ? null : user.getEmail().strip().toLowerCase(java.util.Locale.ROOT))) {
        throw new AuthorizationException("Only an administrator changes a staff member's email address.");
      }
    }

    @SuppressWarnings("unchecked")
    private static <V> V field(Object target, String name) {
      Field field = ReflectionUtils.findField(target.getClass(), name);
      if (field == null) {
        return null;
      }
      ReflectionUtils.makeAccessible(field);
      return (V) ReflectionUtils.getField(field, target);
    }
  }
}
