/**
 * The action log (nhật ký thao tác): who did what to which document, when — registrations, views,
 * downloads — as a hash chain that shows any later change ({@link vn.congvan.domain.model.audit.HashChain}).
 */
package vn.congvan.domain.model.audit;
