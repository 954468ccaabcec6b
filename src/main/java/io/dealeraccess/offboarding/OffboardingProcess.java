package io.dealeraccess.offboarding;

import io.dealeraccess.dealership.DealershipInactivated;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Starts inactive-dealership when a dealership becomes inactive: after the change has committed, from the event
 * publication registry (so a node that stops first leaves the event to be handled again at its restart), one
 * instance per dealership at a time, its business key the PDN.
 */
@Component
class OffboardingProcess {

  private static final Logger log = LoggerFactory.getLogger(OffboardingProcess.class);

  private final RuntimeService runtime;

  OffboardingProcess(RuntimeService runtime) {
    this.runtime = runtime;
  }

  @ApplicationModuleListener
  void on(DealershipInactivated inactivated) {
    boolean running = runtime.createProcessInstanceQuery().processDefinitionKey(OffboardingVariables.PROCESS)
        .processInstanceBusinessKey(inactivated.pdn()).active().count() > 0;
    if (running) {
      log.info("Dealership {} is inactive again; its inactive-dealership process is already running",
          inactivated.pdn());
      return;
    }
    runtime.createProcessInstanceByKey(OffboardingVariables.PROCESS).businessKey(inactivated.pdn())
        .setVariable(OffboardingVariables.PDN, inactivated.pdn())
        .setVariable(OffboardingVariables.DEALERSHIP_NAME, inactivated.name())
        .setVariable(OffboardingVariables.INACTIVATED_BY, inactivated.by())
        .execute();
  }
}
