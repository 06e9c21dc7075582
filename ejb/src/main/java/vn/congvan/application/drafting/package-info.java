/**
 * The drafting workflow of outgoing documents (soạn thảo, xin ý kiến, trình duyệt, ký duyệt, phát hành,
 * thu hồi): {@link vn.congvan.application.drafting.DraftingService} is its transaction and security
 * boundary and enforces the state machine of {@link vn.congvan.domain.model.drafting.Draft}; issuing goes
 * through {@link vn.congvan.application.outgoing.OutgoingService}'s numbering path; internal recipients
 * receive incoming copies ({@link vn.congvan.application.drafting.InternalDistribution}).
 */
package vn.congvan.application.drafting;
