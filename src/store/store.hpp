// SPDX-License-Identifier: EUPL-1.2
// The storage interface: everything the rest of rundum may ask of a database, as the union of
// one interface per feature (city_store.hpp, project_store.hpp, ...). A function that needs one
// feature takes that interface, so a test fake implements only what its test needs.
// Implementations (SqlStore on SQLite and PostgreSQL) keep all SQL to themselves.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <utility>
#include <string_view>
#include <vector>

#include "store/account_store.hpp"
#include "store/adoption_store.hpp"
#include "store/audit_store.hpp"
#include "store/challenge_store.hpp"
#include "store/city_store.hpp"
#include "store/consent_store.hpp"
#include "store/mail_queue_store.hpp"
#include "store/meeting_store.hpp"
#include "store/network_store.hpp"
#include "store/notification_store.hpp"
#include "store/pilot_store.hpp"
#include "store/privacy_store.hpp"
#include "store/project_store.hpp"
#include "store/question_store.hpp"
#include "store/retention_store.hpp"

namespace rundum::store {

/// A network's database: every feature's interface. Every method is safe to call from several
/// threads at once.
class Store : public NetworkStore,
              public CityStore,
              public ProjectStore,
              public AccountStore,
              public AuditStore,
              public MailQueueStore,
              public AdoptionStore,
              public NotificationStore,
              public ChallengeStore,
              public QuestionStore,
              public MeetingStore,
              public PilotStore,
              public ConsentStore,
              public PrivacyStore,
              public RetentionStore {
public:
    ~Store() override = default;
};

} // namespace rundum::store
