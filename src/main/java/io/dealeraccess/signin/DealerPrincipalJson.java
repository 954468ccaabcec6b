package io.dealeraccess.signin;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.dealeraccess.account.DealerPrincipal;
import io.dealeraccess.account.DealerUserStatus;
import java.io.IOException;

/**
 * A signed-in dealer as an authorization keeps it in the database (Spring Authorization Server writes the
 * authentication as JSON, and reads back only types it is told about): the user ID and the state the login saw. The
 * password was erased at login, and is never written.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS)
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
    isGetterVisibility = JsonAutoDetect.Visibility.NONE)
@JsonIgnoreProperties(ignoreUnknown = true, value = "password")
@JsonDeserialize(using = DealerPrincipalJson.Reader.class)
abstract class DealerPrincipalJson {

  static final class Reader extends JsonDeserializer<DealerPrincipal> {

    @Override
    public DealerPrincipal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      JsonNode node = parser.getCodec().readTree(parser);
      return new DealerPrincipal(node.get("username").asText(), "",
          DealerUserStatus.valueOf(node.get("status").asText()), node.get("pendingDeactivation").asBoolean());
    }
  }
}
