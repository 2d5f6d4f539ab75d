// SPDX-License-Identifier: EUPL-1.2
// The schema steps. Long on purpose: the schema's whole history, one ordered list that is read
// top to bottom and never edited, only appended. Keep the SQL portable (TEXT, INTEGER, DOUBLE
// PRECISION); what cannot be portable is a {{token}} that store/sql/sql_dialect.cpp fills in.
#include "store/migrations.hpp"

#include <array>

namespace rundum::store {

namespace {

constexpr std::array<std::string_view, 2> MEMBER_CITIES = {
    R"sql(CREATE TABLE cities (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        state TEXT NOT NULL,
        official_key TEXT NOT NULL,
        latitude DOUBLE PRECISION NOT NULL,
        longitude DOUBLE PRECISION NOT NULL,
        alliance TEXT NOT NULL,
        statement TEXT NOT NULL,
        has_address INTEGER NOT NULL,
        address_recipient TEXT NOT NULL,
        address_street TEXT NOT NULL,
        address_postcode TEXT NOT NULL,
        address_locality TEXT NOT NULL,
        website TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE contacts (
        id TEXT PRIMARY KEY,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        role TEXT NOT NULL
    ))sql",
};

// Every write adds a row; instances compare the newest id to know their caches are stale.
constexpr std::array<std::string_view, 1> CHANGE_LOG = {
    R"sql(CREATE TABLE change_log (
        id {{auto_id}},
        changed_at TEXT NOT NULL,
        what TEXT NOT NULL
    ))sql",
};

// Times are ISO 8601 UTC texts, which sort and compare correctly as text in both dialects.
constexpr std::array<std::string_view, 6> ACCOUNTS = {
    R"sql(CREATE TABLE users (
        id TEXT PRIMARY KEY,
        email TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        role TEXT NOT NULL,
        city_id TEXT REFERENCES cities(id) ON DELETE SET NULL,
        password_hash TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE one_time_tokens (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        purpose TEXT NOT NULL,
        expires_at TEXT NOT NULL,
        used_at TEXT
    ))sql",
    R"sql(CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE sign_in_attempts (
        id {{auto_id}},
        email TEXT NOT NULL,
        client_address TEXT NOT NULL,
        at_unix BIGINT NOT NULL,
        succeeded INTEGER NOT NULL
    ))sql",
    R"sql(CREATE TABLE audit_log (
        id {{auto_id}},
        at TEXT NOT NULL,
        actor_id TEXT NOT NULL,
        actor_email TEXT NOT NULL,
        action TEXT NOT NULL,
        subject TEXT NOT NULL,
        client_address TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE city_versions (
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (city_id, number)
    ))sql",
};

// Outgoing mail survives a mail server that is down: it waits here and is retried.
constexpr std::array<std::string_view, 1> MAIL_QUEUE = {
    R"sql(CREATE TABLE mail_queue (
        id {{auto_id}},
        to_address TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        next_attempt_unix BIGINT NOT NULL,
        attempts INTEGER NOT NULL,
        last_error TEXT NOT NULL,
        sent_at TEXT
    ))sql",
};

// Contacts get an address and phone, and a consent per field (nothing personal public without it).
// Names that were public before this step stay public: they were shown by the earlier version.
constexpr std::array<std::string_view, 6> CONTACT_CONSENT = {
    "ALTER TABLE contacts ADD COLUMN email TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN phone TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE contacts ADD COLUMN publish_name INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contacts ADD COLUMN publish_email INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE contacts ADD COLUMN publish_phone INTEGER NOT NULL DEFAULT 0",
    "UPDATE contacts SET publish_name = 1",
};

// Images are kept in the database, not the local directory, so every instance serves them.
// Base64 text keeps the column portable (no BLOB/BYTEA difference); images are small after
// re-encoding.
constexpr std::array<std::string_view, 1> CITY_IMAGES = {
    R"sql(CREATE TABLE city_images (
        city_id TEXT PRIMARY KEY REFERENCES cities(id) ON DELETE CASCADE,
        content_type TEXT NOT NULL,
        data_base64 TEXT NOT NULL,
        alt_text TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
};

// Praxisbeispiele with their topics, lists, versions and attachments; personal API tokens.
// Lists of texts (target groups, partners, success factors, stumbling blocks, links) share one
// table, told apart by `list_name`, so a new list needs no schema step.
constexpr std::array<std::string_view, 7> PROJECTS = {
    R"sql(CREATE TABLE topics (
        slug TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position INTEGER NOT NULL
    ))sql",
    R"sql(CREATE TABLE projects (
        id TEXT PRIMARY KEY,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        description TEXT NOT NULL,
        status TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        lead_organisation TEXT NOT NULL,
        costs_and_funding TEXT NOT NULL,
        staff_effort TEXT NOT NULL,
        goals TEXT NOT NULL,
        results TEXT NOT NULL,
        transfer_requirements TEXT NOT NULL,
        contact_name TEXT NOT NULL,
        contact_email TEXT NOT NULL,
        contact_phone TEXT NOT NULL,
        visibility TEXT NOT NULL,
        is_example INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE project_topics (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        topic_slug TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (project_id, topic_slug)
    ))sql",
    R"sql(CREATE TABLE project_items (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        list_name TEXT NOT NULL,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        url TEXT NOT NULL,
        PRIMARY KEY (project_id, list_name, position)
    ))sql",
    R"sql(CREATE TABLE project_versions (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        number INTEGER NOT NULL,
        changed_at TEXT NOT NULL,
        changed_by TEXT NOT NULL,
        content TEXT NOT NULL,
        PRIMARY KEY (project_id, number)
    ))sql",
    R"sql(CREATE TABLE project_attachments (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size_bytes BIGINT NOT NULL,
        title TEXT NOT NULL,
        data_base64 TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE api_tokens (
        id TEXT PRIMARY KEY,
        token_hash TEXT NOT NULL UNIQUE,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_used_at TEXT NOT NULL
    ))sql",
};


// Learning between cities: adoptions, interest and advice; notifications; shared challenges;
// structural indicators. Empty ids are NULL so that the references hold.
constexpr std::array<std::string_view, 12> LEARNING = {
    R"sql(CREATE TABLE adoptions (
        id TEXT PRIMARY KEY,
        original_project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
        adaptations TEXT NOT NULL,
        experience TEXT NOT NULL,
        outcome TEXT NOT NULL,
        started TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE adoption_updates (
        adoption_id TEXT NOT NULL REFERENCES adoptions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        update_date TEXT NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (adoption_id, position)
    ))sql",
    R"sql(CREATE TABLE project_interests (
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        note TEXT NOT NULL,
        created_at TEXT NOT NULL,
        PRIMARY KEY (project_id, city_id)
    ))sql",
    R"sql(CREATE TABLE advice (
        id TEXT PRIMARY KEY,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        advising_city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        advised_city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        year TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE notifications (
        id TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        message_key TEXT NOT NULL,
        arguments TEXT NOT NULL,
        link TEXT NOT NULL,
        created_at TEXT NOT NULL,
        is_read INTEGER NOT NULL
    ))sql",
    R"sql(CREATE INDEX notifications_by_user ON notifications (user_id, created_at))sql",
    R"sql(CREATE TABLE challenges (
        slug TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        description TEXT NOT NULL,
        open_questions TEXT NOT NULL,
        position INTEGER NOT NULL
    ))sql",
    R"sql(CREATE TABLE challenge_projects (
        challenge_slug TEXT NOT NULL REFERENCES challenges(slug) ON DELETE CASCADE,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        PRIMARY KEY (challenge_slug, project_id)
    ))sql",
    R"sql(CREATE TABLE challenge_approaches (
        challenge_slug TEXT NOT NULL REFERENCES challenges(slug) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (challenge_slug, city_id)
    ))sql",
    R"sql(CREATE TABLE indicator_values (
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        indicator TEXT NOT NULL,
        value DOUBLE PRECISION NOT NULL,
        year INTEGER NOT NULL,
        source TEXT NOT NULL,
        note TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL,
        PRIMARY KEY (city_id, indicator)
    ))sql",
    R"sql(CREATE INDEX adoptions_by_original ON adoptions (original_project_id))sql",
    R"sql(CREATE INDEX advice_by_project ON advice (project_id))sql",
};

// Network meetings: the meeting with its decisions, agenda items with their slides, each city's
// registration with its attendees, and the action items of the minutes.
constexpr std::array<std::string_view, 9> MEETINGS = {
    R"sql(CREATE TABLE meetings (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        host_city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        venue TEXT NOT NULL,
        online_link TEXT NOT NULL,
        registration_deadline TEXT NOT NULL,
        description TEXT NOT NULL,
        minutes TEXT NOT NULL,
        is_cancelled INTEGER NOT NULL,
        sequence INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE meeting_decisions (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        text TEXT NOT NULL,
        PRIMARY KEY (meeting_id, position)
    ))sql",
    R"sql(CREATE TABLE agenda_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        project_id TEXT REFERENCES projects(id) ON DELETE CASCADE,
        challenge_slug TEXT REFERENCES challenges(slug) ON DELETE CASCADE,
        title TEXT NOT NULL,
        note TEXT NOT NULL,
        city_id TEXT REFERENCES cities(id) ON DELETE SET NULL,
        proposed_by TEXT NOT NULL,
        status TEXT NOT NULL,
        position INTEGER NOT NULL,
        start_time TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE agenda_attachments (
        id TEXT PRIMARY KEY,
        agenda_item_id TEXT NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        title TEXT NOT NULL,
        data_base64 TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE meeting_registrations (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        note TEXT NOT NULL,
        registered_by TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, city_id)
    ))sql",
    R"sql(CREATE TABLE meeting_attendees (
        meeting_id TEXT NOT NULL,
        city_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        name TEXT NOT NULL,
        is_online INTEGER NOT NULL,
        PRIMARY KEY (meeting_id, city_id, position),
        FOREIGN KEY (meeting_id, city_id) REFERENCES meeting_registrations (meeting_id, city_id)
            ON DELETE CASCADE
    ))sql",
    R"sql(CREATE TABLE action_items (
        id TEXT PRIMARY KEY,
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        due_date TEXT NOT NULL,
        is_done INTEGER NOT NULL,
        done_at TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE INDEX agenda_items_by_meeting ON agenda_items (meeting_id, position))sql",
    R"sql(CREATE INDEX action_items_by_city ON action_items (city_id, is_done))sql",
};

// Questions to the network and their answers. Asker, author and city are plain ids (no
// reference): a question stays when its asker's account goes.
constexpr std::array<std::string_view, 7> QUESTIONS = {
    R"sql(CREATE TABLE questions (
        id TEXT PRIMARY KEY,
        city_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        title TEXT NOT NULL,
        body TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE question_topics (
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        topic_slug TEXT NOT NULL REFERENCES topics(slug) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (question_id, topic_slug)
    ))sql",
    R"sql(CREATE TABLE question_projects (
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        project_id TEXT NOT NULL REFERENCES projects(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (question_id, project_id)
    ))sql",
    R"sql(CREATE TABLE question_challenges (
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        challenge_slug TEXT NOT NULL REFERENCES challenges(slug) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (question_id, challenge_slug)
    ))sql",
    R"sql(CREATE TABLE answers (
        id TEXT PRIMARY KEY,
        question_id TEXT NOT NULL REFERENCES questions(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL,
        user_id TEXT NOT NULL,
        body TEXT NOT NULL,
        is_helpful INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE INDEX answers_by_question ON answers (question_id, created_at))sql",
    R"sql(CREATE INDEX questions_by_date ON questions (created_at))sql",
};

// Notifications by email: each member's choice, when each notification was mailed, the hashes
// of the unsubscribe links (one per mail, so the link of an older mail keeps working), and a
// queued mail's extra headers and attachments (lists in one column, see sql/text_list.hpp).
constexpr std::array<std::string_view, 6> NOTIFICATION_MAIL = {
    R"sql(CREATE TABLE notification_mail_settings (
        user_id TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        mode TEXT NOT NULL,
        last_digest_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE notification_unsubscribe_tokens (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
    ))sql",
    "ALTER TABLE notifications ADD COLUMN emailed_at TEXT NOT NULL DEFAULT ''",
    R"sql(CREATE INDEX notifications_by_emailed ON notifications (emailed_at, created_at))sql",
    "ALTER TABLE mail_queue ADD COLUMN headers TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE mail_queue ADD COLUMN attachments TEXT NOT NULL DEFAULT ''",
};

// Joint pilot projects of several cities: their cities with roles and local projects,
// milestones, and documents (stored like project attachments). Empty ids are NULL.
constexpr std::array<std::string_view, 5> PILOTS = {
    R"sql(CREATE TABLE pilot_projects (
        id TEXT PRIMARY KEY,
        slug TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        summary TEXT NOT NULL,
        description TEXT NOT NULL,
        goals TEXT NOT NULL,
        status TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        visibility TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE pilot_partners (
        pilot_id TEXT NOT NULL REFERENCES pilot_projects(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        role TEXT NOT NULL,
        local_project_id TEXT REFERENCES projects(id) ON DELETE SET NULL,
        note TEXT NOT NULL,
        PRIMARY KEY (pilot_id, city_id)
    ))sql",
    R"sql(CREATE TABLE pilot_milestones (
        id TEXT PRIMARY KEY,
        pilot_id TEXT NOT NULL REFERENCES pilot_projects(id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        due_date TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL
    ))sql",
    R"sql(CREATE TABLE pilot_documents (
        id TEXT PRIMARY KEY,
        pilot_id TEXT NOT NULL REFERENCES pilot_projects(id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        content_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL,
        title TEXT NOT NULL,
        data_base64 TEXT NOT NULL,
        created_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE INDEX pilot_milestones_by_pilot ON pilot_milestones (pilot_id, due_date))sql",
};

// What was mailed about meetings, so that each mailing goes out once even with several
// instances: the invitation per meeting and sequence (a change or a cancellation is a new
// sequence), the registration reminder per meeting and city.
constexpr std::array<std::string_view, 2> MEETING_MAILS = {
    R"sql(CREATE TABLE meeting_invitation_mails (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        sequence INTEGER NOT NULL,
        mailed_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, sequence)
    ))sql",
    R"sql(CREATE TABLE meeting_reminder_mails (
        meeting_id TEXT NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        city_id TEXT NOT NULL REFERENCES cities(id) ON DELETE CASCADE,
        mailed_at TEXT NOT NULL,
        PRIMARY KEY (meeting_id, city_id)
    ))sql",
};

// Who added a pilot's document (a partner city manages only its own; NULL: an admin's, or
// added before this step), and each member's uploads, counted per hour by every instance.
constexpr std::array<std::string_view, 3> UPLOAD_OWNERS = {
    "ALTER TABLE pilot_documents ADD COLUMN city_id TEXT REFERENCES cities(id) ON DELETE SET NULL",
    R"sql(CREATE TABLE upload_log (
        id {{auto_id}},
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        at_unix BIGINT NOT NULL
    ))sql",
    R"sql(CREATE INDEX upload_log_by_user ON upload_log (user_id, at_unix))sql",
};

// Retention (issue 15): a read notification is kept for a while after it was read, so the
// time it was read is kept ('' for those read before this step: counted from their creation).
constexpr std::array<std::string_view, 1> RETENTION = {
    "ALTER TABLE notifications ADD COLUMN read_at TEXT NOT NULL DEFAULT ''",
};


// Who recorded which consent to publish a contact's data, when and on what basis (issue 15).
// Generic over whose contact it is: `subject_kind` "city_contact" (holder: the city) or
// "project_contact" (holder: the project). No foreign keys: the evidence outlives the contact.
constexpr std::array<std::string_view, 2> CONSENT_RECORDS = {
    R"sql(CREATE TABLE consent_records (
        id {{auto_id}},
        subject_kind TEXT NOT NULL,
        subject_id TEXT NOT NULL,
        holder_id TEXT NOT NULL,
        person TEXT NOT NULL,
        field TEXT NOT NULL,
        granted INTEGER NOT NULL,
        basis TEXT NOT NULL,
        recorded_by TEXT NOT NULL,
        recorded_by_id TEXT NOT NULL,
        recorded_at TEXT NOT NULL
    ))sql",
    R"sql(CREATE INDEX consent_records_by_holder ON consent_records (subject_kind, holder_id, id))sql",
};

// Consent of a project's contact to publish each field. Existing projects count as not
// consented: no upgrade publishes what nobody agreed to.
constexpr std::array<std::string_view, 3> PROJECT_CONTACT_CONSENT = {
    "ALTER TABLE projects ADD COLUMN publish_contact_name INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE projects ADD COLUMN publish_contact_email INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE projects ADD COLUMN publish_contact_phone INTEGER NOT NULL DEFAULT 0",
};


// No secrets at rest: a queued mail names the one-time link to make when it is sent (purpose and
// account), so its stored body never holds a working link; failed sign-ins on unknown addresses
// are counted under a keyed hash whose keys live only as long as the throttle window needs them.
constexpr std::array<std::string_view, 3> MAIL_SECRETS = {
    "ALTER TABLE mail_queue ADD COLUMN link_purpose TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE mail_queue ADD COLUMN link_user_id TEXT NOT NULL DEFAULT ''",
    R"sql(CREATE TABLE sign_in_keys (
        window_start BIGINT PRIMARY KEY,
        secret TEXT NOT NULL
    ))sql",
};

// The operator's part of the privacy notice (controller, data-protection officer, legal bases,
// supervisory authority), one row per field, so a new field needs no schema step.
constexpr std::array<std::string_view, 1> PRIVACY_NOTICE = {
    R"sql(CREATE TABLE privacy_settings (
        name TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ))sql",
};

constexpr std::array<Migration, 19> ALL = {
    Migration{1, "member cities with alliance, address and contacts", MEMBER_CITIES},
    Migration{2, "change log followed by every instance", CHANGE_LOG},
    Migration{3, "member accounts, sessions, one-time links, audit log, city versions", ACCOUNTS},
    Migration{4, "outgoing mail queue", MAIL_QUEUE},
    Migration{5, "contact email, phone and consent to publish", CONTACT_CONSENT},
    Migration{6, "a logo or photo per city", CITY_IMAGES},
    Migration{7, "Praxisbeispiele, topics, attachments, personal API tokens", PROJECTS},
    Migration{8, "adoptions, interest, advice, notifications, shared challenges, indicators", LEARNING},
    Migration{9, "network meetings: agenda, slides, registrations, minutes, action items", MEETINGS},
    Migration{10, "questions to the network and their answers", QUESTIONS},
    Migration{11, "joint pilot projects with cities, milestones and documents", PILOTS},
    Migration{12, "notifications by email, mail headers and attachments", NOTIFICATION_MAIL},
    Migration{13, "meeting invitations and reminders mailed once", MEETING_MAILS},
    Migration{14, "the city that added a pilot document; uploads per member", UPLOAD_OWNERS},
    Migration{15, "when a notification was read, for its retention", RETENTION},
    Migration{16, "links minted when a mail is sent; keyed sign-in throttling", MAIL_SECRETS},
    Migration{17, "records of consent to publish contact data", CONSENT_RECORDS},
    Migration{18, "the operator's part of the privacy notice", PRIVACY_NOTICE},
    Migration{19, "a project contact's consent to publish name, email and phone", PROJECT_CONTACT_CONSENT},
};

constexpr std::array<SchemaTable, 51> TABLES = {
    SchemaTable{"cities",
                "id, slug, name, state, official_key, latitude, longitude, alliance, statement, "
                "has_address, address_recipient, address_street, address_postcode, "
                "address_locality, website",
                "id", false},
    SchemaTable{"contacts", "id, city_id, position, name, role, email, phone, publish_name, publish_email, publish_phone",
                "id", false},
    SchemaTable{"change_log", "id, changed_at, what", "id", true},
    SchemaTable{"users", "id, email, name, role, city_id, password_hash, created_at", "id", false},
    SchemaTable{"one_time_tokens", "token_hash, user_id, purpose, expires_at, used_at", "token_hash", false},
    SchemaTable{"sessions", "token_hash, user_id, expires_at", "token_hash", false},
    SchemaTable{"sign_in_attempts", "id, email, client_address, at_unix, succeeded", "id", true},
    SchemaTable{"audit_log", "id, at, actor_id, actor_email, action, subject, client_address", "id", true},
    SchemaTable{"city_versions", "city_id, number, changed_at, changed_by, content", "city_id, number", false},
    SchemaTable{"mail_queue", "id, to_address, subject, body, created_at, next_attempt_unix, attempts, last_error, sent_at, "
                "headers, attachments, link_purpose, link_user_id",
                "id", true},
    SchemaTable{"sign_in_keys", "window_start, secret", "window_start", false},
    SchemaTable{"city_images", "city_id, content_type, data_base64, alt_text, updated_at", "city_id", false},
    SchemaTable{"topics", "slug, name, position", "slug", false},
    SchemaTable{"projects",
                "id, city_id, title, summary, description, status, start_date, end_date, lead_organisation, "
                "costs_and_funding, staff_effort, goals, results, transfer_requirements, contact_name, "
                "contact_email, contact_phone, visibility, is_example, created_at, updated_at, "
                "publish_contact_name, publish_contact_email, publish_contact_phone",
                "id", false},
    SchemaTable{"project_topics", "project_id, topic_slug, position", "project_id, topic_slug", false},
    SchemaTable{"project_items", "project_id, list_name, position, text, url", "project_id, list_name, position", false},
    SchemaTable{"project_versions", "project_id, number, changed_at, changed_by, content", "project_id, number", false},
    SchemaTable{"project_attachments",
                "id, project_id, file_name, content_type, size_bytes, title, data_base64, created_at", "id", false},
    SchemaTable{"api_tokens", "id, token_hash, user_id, label, created_at, last_used_at", "id", false},
    SchemaTable{"adoptions",
                "id, original_project_id, city_id, project_id, adaptations, experience, outcome, started, "
                "created_at, updated_at",
                "id", false},
    SchemaTable{"adoption_updates", "adoption_id, position, update_date, text", "adoption_id, position", false},
    SchemaTable{"project_interests", "project_id, city_id, user_id, note, created_at", "project_id, city_id", false},
    SchemaTable{"advice", "id, project_id, advising_city_id, advised_city_id, note, year, created_at", "id", false},
    SchemaTable{"notifications", "id, user_id, message_key, arguments, link, created_at, is_read, emailed_at, read_at", "id", false},
    SchemaTable{"challenges", "slug, title, description, open_questions, position", "slug", false},
    SchemaTable{"challenge_projects", "challenge_slug, project_id", "challenge_slug, project_id", false},
    SchemaTable{"challenge_approaches", "challenge_slug, city_id, text, updated_at, updated_by",
                "challenge_slug, city_id", false},
    SchemaTable{"indicator_values", "city_id, indicator, value, year, source, note, updated_at, updated_by",
                "city_id, indicator", false},
    SchemaTable{"questions", "id, city_id, user_id, title, body, created_at, updated_at", "id", false},
    SchemaTable{"question_topics", "question_id, topic_slug, position", "question_id, topic_slug", false},
    SchemaTable{"question_projects", "question_id, project_id, position", "question_id, project_id", false},
    SchemaTable{"question_challenges", "question_id, challenge_slug, position", "question_id, challenge_slug", false},
    SchemaTable{"answers", "id, question_id, city_id, user_id, body, is_helpful, created_at, updated_at", "id", false},
    SchemaTable{"notification_mail_settings", "user_id, mode, last_digest_at", "user_id", false},
    SchemaTable{"notification_unsubscribe_tokens", "token_hash, user_id, created_at", "token_hash", false},
    SchemaTable{"pilot_projects",
                "id, slug, title, summary, description, goals, status, start_date, end_date, visibility, "
                "created_at, updated_at",
                "id", false},
    SchemaTable{"pilot_partners", "pilot_id, city_id, position, role, local_project_id, note", "pilot_id, city_id",
                false},
    SchemaTable{"pilot_milestones", "id, pilot_id, title, due_date, status, note", "id", false},
    SchemaTable{"pilot_documents",
                "id, pilot_id, file_name, content_type, size_bytes, title, data_base64, created_at, city_id", "id",
                false},
    SchemaTable{"meetings",
                "id, title, starts_at, ends_at, host_city_id, venue, online_link, registration_deadline, "
                "description, minutes, is_cancelled, sequence, created_at, updated_at",
                "id", false},
    SchemaTable{"meeting_decisions", "meeting_id, position, text", "meeting_id, position", false},
    SchemaTable{"agenda_items",
                "id, meeting_id, kind, project_id, challenge_slug, title, note, city_id, proposed_by, status, "
                "position, start_time, duration_minutes, created_at",
                "id", false},
    SchemaTable{"agenda_attachments",
                "id, agenda_item_id, file_name, content_type, size_bytes, title, data_base64, created_at", "id",
                false},
    SchemaTable{"meeting_registrations", "meeting_id, city_id, note, registered_by, updated_at",
                "meeting_id, city_id", false},
    SchemaTable{"meeting_attendees", "meeting_id, city_id, position, name, is_online",
                "meeting_id, city_id, position", false},
    SchemaTable{"action_items", "id, meeting_id, text, city_id, due_date, is_done, done_at, created_at", "id",
                false},
    SchemaTable{"meeting_invitation_mails", "meeting_id, sequence, mailed_at", "meeting_id, sequence", false},
    SchemaTable{"meeting_reminder_mails", "meeting_id, city_id, mailed_at", "meeting_id, city_id", false},
    SchemaTable{"upload_log", "id, user_id, at_unix", "id", true},
    SchemaTable{"consent_records",
                "id, subject_kind, subject_id, holder_id, person, field, granted, basis, recorded_by, "
                "recorded_by_id, recorded_at",
                "id", true},
    SchemaTable{"privacy_settings", "name, value", "name", false},
};

} // namespace

std::span<const SchemaTable> schema_tables()
{
    return TABLES;
}

std::span<const Migration> migrations()
{
    return ALL;
}

int latest_schema_version()
{
    return ALL.back().version;
}

} // namespace rundum::store
