package vn.congvan.application.signature;

import java.util.List;

/** What a user may choose from when setting their key: approved PKCS#11 libraries, remote signing services. */
public record SigningOptionsView(List<Library> pkcs11Libraries, List<RemoteService> remoteServices, String defaultLevel) {
    public record Library(String path, String label) {
    }

    public record RemoteService(Long id, String name, String baseUrl) {
    }
}
