package vn.congvan.it;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.congvan.signing.testpki.CscTestService;
import vn.congvan.signing.testpki.SharedPki;
import vn.congvan.signing.testpki.TestPki;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Approve and sign with a remote signing service (CSC, on loopback): the draft waits in AWAITING_SIGNATURE
 * while the service has not answered; a signature makes it SIGNED with the signed version; a refusal or
 * a time-out returns it to the author with the reason, and the author is told.
 */
class DraftRemoteSigningIT {

    static final String LEADER = "lanhdao.mat";
    static CscTestService csc;

    @BeforeAll
    static void setUp() throws Exception {
        TestPki pki = SharedPki.get();
        SigningSetup.trustOnce(pki);
        SigningSetup.level("B-B");
        DraftingIT.departments();
        TestPki.Identity id = pki.signer("CN=Ngô Văn Thành,T=Phó Chủ tịch,O=UBND tỉnh Mẫu,C=VN");
        csc = new CscTestService(Map.of("cred-leader", id));
        long service = SigningSetup.remoteService("CSC dự thảo", csc.baseUrl(), 2);
        Api.Reply ok = Api.postJson(LEADER, "/api/me/signing-key/csc",
                Map.of("serviceId", service, "credentialId", "cred-leader", "accessToken", CscTestService.TOKEN));
        assertEquals(200, ok.status(), ok.text());
        SigningSetup.uploadImage(LEADER);
    }

    @AfterAll
    static void tearDown() {
        if (csc != null) {
            csc.close();
        }
    }

    /** Polls the draft until it leaves AWAITING_SIGNATURE (at most 30 s). */
    static JsonNode settled(long id) throws InterruptedException {
        long end = System.currentTimeMillis() + 30_000;
        JsonNode d;
        do {
            Thread.sleep(200);
            d = DraftingIT.get(DraftingIT.AUTHOR, id);
        } while ("AWAITING_SIGNATURE".equals(d.get("status").asText()) && System.currentTimeMillis() < end);
        return d;
    }

    static JsonNode signAsync(long id, String pin) {
        Api.Reply r = Api.postJson(LEADER, "/api/drafts/" + id + "/sign",
                Map.of("secret", pin, "accessToken", CscTestService.TOKEN, "comment", "Đồng ý"));
        assertEquals(202, r.status(), r.text());
        assertEquals("AWAITING_SIGNATURE", r.json().get("status").asText());
        return r.json();
    }

    @Test
    void theDraftAwaitsTheServiceAndIsSignedWhenItAnswers() throws Exception {
        long id = DraftingIT.atLeader("Ký từ xa: đồng ý", LEADER);
        csc.signHashDelayMillis = 800; // the user confirms on the phone after a moment
        try {
            signAsync(id, CscTestService.PIN);
            // while the service has not answered, the draft waits and nothing else may happen to it
            JsonNode waiting = DraftingIT.get(DraftingIT.AUTHOR, id);
            assertEquals("AWAITING_SIGNATURE", waiting.get("status").asText());
            DraftingIT.refused(409, "drafting.notInReview", Api.postJson(LEADER, "/api/drafts/" + id + "/return",
                    Map.of("comment", "x")));
        } finally {
            csc.signHashDelayMillis = 0;
        }
        JsonNode d = settled(id);
        assertEquals("SIGNED", d.get("status").asText(), d.toString());
        assertEquals(2, d.get("versions").size());
        assertEquals("SIGNED", d.get("versions").get(1).get("stage").asText());
        assertEquals("Ngô Văn Thành", d.get("signerName").asText());
        assertTrue(d.get("thread").toString().contains("AWAITING_SIGNATURE"));
    }

    @Test
    void aRefusalReturnsTheDraftToItsAuthorWithTheReason() throws Exception {
        long id = DraftingIT.atLeader("Ký từ xa: từ chối", LEADER);
        signAsync(id, "000000");
        JsonNode d = settled(id);
        assertEquals("RETURNED", d.get("status").asText(), d.toString());
        assertFalse(d.get("lastReason").asText("").isBlank(), d.toString());
        assertEquals(1, d.get("versions").size());
        assertTrue(d.get("thread").toString().contains("SIGNING_FAILED"));
        assertTrue(Api.get(DraftingIT.AUTHOR, "/api/me/notifications?size=100").text().contains("SIGNING_FAILED"));
        // the author may revise and resubmit
        assertTrue(d.get("actions").toString().contains("submit"), d.toString());
    }

    @Test
    void aTimeOutReturnsTheDraftWithTheReason() throws Exception {
        long id = DraftingIT.atLeader("Ký từ xa: quá thời gian", LEADER);
        csc.signHashDelayMillis = 5000;
        try {
            signAsync(id, CscTestService.PIN);
            JsonNode d = settled(id);
            assertEquals("RETURNED", d.get("status").asText(), d.toString());
            assertFalse(d.get("lastReason").asText("").isBlank(), d.toString());
        } finally {
            csc.signHashDelayMillis = 0;
        }
    }
}
