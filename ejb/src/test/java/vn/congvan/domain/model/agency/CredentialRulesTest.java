package vn.congvan.domain.model.agency;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Login names and the password policy. */
class CredentialRulesTest {

    @Test
    void loginNames() {
        assertEquals(Optional.empty(), UsernameRule.check("nguyen.van.an"));
        assertEquals(Optional.empty(), UsernameRule.check("vanthu.snv"));
        assertEquals(Optional.empty(), UsernameRule.check("an_2"));
        assertEquals("nguyen.van.an", UsernameRule.normalise("  Nguyen.Van.An "));
        assertEquals(Optional.of("validation.required"), UsernameRule.check(""));
        assertEquals(Optional.of("validation.required"), UsernameRule.check(null));
        assertEquals(Optional.of("user.username.length"), UsernameRule.check("an"));
        assertEquals(Optional.of("user.username.length"), UsernameRule.check("a".repeat(65)));
        assertEquals(Optional.empty(), UsernameRule.check("a".repeat(64)));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("nguyễn.an"));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("1nguyen"));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("nguyen."));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("nguyen..an"));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("nguyen an"));
        assertEquals(Optional.of("user.username.pattern"), UsernameRule.check("Nguyen"), "not normalised: upper case");
    }

    @Test
    void passwords() {
        assertEquals(Optional.empty(), PasswordPolicy.check("matkhau2026", "an"));
        assertEquals(Optional.empty(), PasswordPolicy.check("mậtkhẩu2026", "an"), "Vietnamese letters count");
        assertEquals(Optional.of("validation.required"), PasswordPolicy.check("", "an"));
        assertEquals(Optional.of("password.tooShort"), PasswordPolicy.check("abc123def", "an"));
        assertEquals(Optional.empty(), PasswordPolicy.check("abc123defg", "xy"));
        assertEquals(Optional.of("password.lettersAndDigits"), PasswordPolicy.check("abcdefghijk", "xy"));
        assertEquals(Optional.of("password.lettersAndDigits"), PasswordPolicy.check("12345678901", "xy"));
        assertEquals(Optional.of("password.containsUsername"), PasswordPolicy.check("Nguyen.An2026", "nguyen.an"));
        assertEquals(Optional.of("password.tooLong"), PasswordPolicy.check("a1".repeat(65), "xy"));
    }
}
