package vn.congvan.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import vn.congvan.application.common.ApplicationProblemException;
import vn.congvan.application.exchange.DeliveryService;
import vn.congvan.application.exchange.DeliveryView;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The "Liên thông" section of an outgoing document's page: each external recipient's delivery and status. */
@Named
@ViewScoped
public class ExchangeDeliveryBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @EJB
    private DeliveryService deliveries;

    private Long loadedFor;
    private DeliveryView view;

    public DeliveryView of(long outgoingDocumentId) {
        if (loadedFor == null || loadedFor != outgoingDocumentId) {
            try {
                view = deliveries.deliveries(outgoingDocumentId);
            } catch (ApplicationProblemException e) {
                view = null;
            }
            loadedFor = outgoingDocumentId;
        }
        return view;
    }

    public String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }
}
