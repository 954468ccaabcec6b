package io.dealeraccess.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.dealeraccess.IntegrationTestSupport;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.RemoteIpValve;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

/** X-Forwarded-For counts only from the proxies the operator names: by default this machine, not any private host. */
class TrustedProxiesIntegrationTests extends IntegrationTestSupport {

  @Autowired
  private ServletWebServerApplicationContext context;

  @Test
  void onlyThisMachineIsATrustedProxyByDefault() {
    Valve[] valves = ((TomcatWebServer) context.getWebServer()).getTomcat().getEngine().getPipeline().getValves();
    RemoteIpValve remoteIp = (RemoteIpValve) Arrays.stream(valves).filter(RemoteIpValve.class::isInstance)
        .findFirst().orElseThrow();
    Pattern trusted = Pattern.compile(remoteIp.getInternalProxies());

    assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
    assertThat(trusted.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
    for (String untrusted : new String[] {"10.0.0.5", "192.168.1.9", "172.16.0.1", "169.254.1.1", "100.64.0.1"}) {
      assertThat(trusted.matcher(untrusted).matches()).as(untrusted).isFalse();
    }
  }
}
