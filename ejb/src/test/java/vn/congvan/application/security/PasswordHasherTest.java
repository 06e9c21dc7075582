package vn.congvan.application.security;

import org.junit.jupiter.api.Test;
import vn.congvan.domain.model.agency.HashedPassword;

import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** bcrypt through Elytron, in the columns the server's bcrypt-mapper reads. */
class PasswordHasherTest {

    @Test
    void hashesWithASaltAndVerifies() {
        HashedPassword a = PasswordHasher.hash("Mật khẩu@2026".toCharArray(), 6);
        HashedPassword b = PasswordHasher.hash("Mật khẩu@2026".toCharArray(), 6);
        assertEquals(6, a.cost());
        assertEquals(16, Base64.getDecoder().decode(a.salt()).length, "bcrypt salt is 16 bytes");
        assertEquals(23, Base64.getDecoder().decode(a.hash()).length, "bcrypt hash is 23 bytes");
        assertNotEquals(a.hash(), b.hash(), "a fresh salt each time");
        assertTrue(PasswordHasher.verify(a, "Mật khẩu@2026".toCharArray()));
        assertTrue(PasswordHasher.verify(b, "Mật khẩu@2026".toCharArray()));
        assertFalse(PasswordHasher.verify(a, "Mat khau@2026".toCharArray()));
        assertFalse(PasswordHasher.verify(a, "".toCharArray()));
    }
}
