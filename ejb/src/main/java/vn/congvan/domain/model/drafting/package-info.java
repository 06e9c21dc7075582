/**
 * Drafts of outgoing documents (dự thảo): their versioned files, the opinions asked of colleagues (xin ý
 * kiến), the agency's review chain (trình duyệt: department head, then leader) and the state machine that
 * takes a draft from drafting through review and the leader's signature to issue (phát hành) by the clerk.
 */
package vn.congvan.domain.model.drafting;
