/**
 * Role and service addresses: mailboxes named for a function of an organisation (info@,
 * prensa@, security@), answered by whoever holds that function, and published so that anyone can
 * write to it. Such an address names no person, so the personal-data check does not report it
 * unless the site turns this off (`personalData.roleAddresses: false`). A personal address
 * (maria.perez@, jose@) is never one of these words, and is still reported.
 *
 * One list, in English, Spanish and Portuguese (the region's languages), written without accents:
 * an address is compared with its accents removed ("comunicación@" is "comunicacion@").
 */
const roleWords = [
	// Contact and general enquiries.
	...['info', 'information', 'informacion', 'informacoes', 'informes', 'contact', 'contacts', 'contacto', 'contactos', 'contato'],
	...['hello', 'hi', 'hola', 'general', 'enquiries', 'inquiries', 'consultas', 'mail', 'email', 'correo', 'office', 'oficina'],
	...['reception', 'recepcion', 'secretaria', 'secretariat', 'secretariado', 'admin', 'administracion', 'administration', 'direccion'],
	// The whole organisation or a group of it.
	...['team', 'equipo', 'equipe', 'staff', 'all', 'todos', 'members', 'miembros', 'socios', 'membership', 'board', 'junta'],
	// Press and communication.
	...['press', 'prensa', 'imprensa', 'media', 'medios', 'comunicacion', 'comunicaciones', 'comunicacao', 'communications', 'comms'],
	...['news', 'noticias', 'newsletter', 'boletin', 'marketing', 'social', 'redes', 'web', 'website'],
	// Help, support and security: an organisation's helpline for people at risk is a role too.
	...['support', 'soporte', 'suporte', 'help', 'ayuda', 'ajuda', 'helpdesk', 'helpline', 'linea', 'mesadeayuda', 'servicedesk'],
	...['security', 'seguridad', 'seguranca', 'incidents', 'incidentes', 'incident', 'cert', 'csirt', 'abuse', 'emergency', 'emergencias'],
	// Privacy and data protection (GDPR and Latin American data protection laws ask for one).
	...['privacy', 'privacidad', 'privacidade', 'dpo', 'datos', 'datospersonales', 'protecciondedatos', 'dataprotection', 'gdpr', 'lgpd'],
	// Money, people and work of the organisation.
	...['donations', 'donaciones', 'doacoes', 'donate', 'billing', 'facturacion', 'pagos', 'payments', 'finance', 'finanzas'],
	...['accounts', 'contabilidad', 'legal', 'juridico', 'compliance', 'jobs', 'empleo', 'empleos', 'careers', 'trabajo', 'vacantes'],
	...['rrhh', 'hr', 'volunteers', 'voluntarios', 'voluntariado', 'partners', 'alianzas', 'grants', 'becas', 'convocatorias'],
	...['applications', 'postulaciones', 'events', 'eventos', 'training', 'capacitacion', 'formacion', 'talleres', 'workshops'],
	...['research', 'investigacion', 'programas', 'programs', 'projects', 'proyectos', 'feedback', 'comentarios', 'sugerencias'],
	// Machines and the people who run them.
	...['webmaster', 'postmaster', 'hostmaster', 'root', 'sysadmin', 'it', 'tech', 'tecnologia', 'sistemas'],
	...['noreply', 'donotreply', 'notifications', 'notificaciones', 'alerts', 'alertas', 'bounces'],
];
const roles = new Set(roleWords);

/**
 * Whether an address (decoded, lower case) is a role address: its local part, without a
 * "+tag" and accents, is a role word ("info", "no-reply" as "noreply"), or role words and
 * two-letter region or language codes joined by ".", "-" or "_" ("prensa.mx", "info-es",
 * "soporte_ayuda"). A name anywhere in it ("info.maria", "maria.info") makes it personal.
 */
export function isRoleAddress(address: string): boolean {
	const at = address.lastIndexOf('@');
	if (at <= 0) return false;
	const local = address.slice(0, at).replace(/\+.*$/, '').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	if (roles.has(local.replace(/[._-]/g, ''))) return true;
	const words = local.split(/[._-]+/);
	return words.some((w) => roles.has(w)) && words.every((w) => roles.has(w) || /^[a-z]{2}$/.test(w));
}
