//! Whether the interviews stored on this device can disappear without anyone deleting them,
//! and what follows. Safari (and every browser on an iPad, which all run on WebKit) deletes a
//! site's storage after seven days without a visit, unless the site runs from the home screen;
//! any browser may refuse persistent storage. The rules here say when to warn, once, and how
//! often to remind of a backup.

/// What the browser told about this device's storage.
#[derive(Copy, Clone, Debug, Default, PartialEq, Eq)]
pub struct Durability {
    /// Whether the browser granted persistent storage; `None` when it cannot say.
    pub persisted: Option<bool>,
    /// The app runs installed (from the home screen: display-mode standalone).
    pub installed: bool,
    /// The engine deletes the storage of a site not visited for seven days (WebKit).
    pub evicts_unvisited: bool,
}

/// Days between backup reminders, normally.
pub const BACKUP_EVERY_DAYS: i64 = 7;
/// Days between backup reminders where the storage may be deleted after a week without a
/// visit: a reminder comes well before a week is up.
pub const BACKUP_EVERY_DAYS_AT_RISK: i64 = 3;

impl Durability {
    /// The storage may go without anyone deleting it: persistent storage not granted (or the
    /// browser cannot say) and the app not running installed.
    pub fn at_risk(&self) -> bool {
        !self.installed && self.persisted != Some(true)
    }

    /// The risk is Safari's week without a visit: worth a notice of its own, once.
    pub fn may_be_deleted_unvisited(&self) -> bool {
        self.at_risk() && self.evicts_unvisited
    }

    /// How many days may pass before a backup is due.
    pub fn backup_every_days(&self) -> i64 {
        if self.may_be_deleted_unvisited() {
            BACKUP_EVERY_DAYS_AT_RISK
        } else {
            BACKUP_EVERY_DAYS
        }
    }
}

/// Whether the browser that sent `user_agent` runs on WebKit and so deletes the storage of
/// sites not visited for seven days: Safari on a Mac or iPad, and every browser on an iPhone
/// or iPad (Chrome, Firefox and Edge there say CriOS, FxiOS and EdgiOS). Desktop Chrome, Edge
/// and Opera also say "AppleWebKit", but are Chromium; Firefox elsewhere says Gecko.
pub fn evicts_unvisited(user_agent: &str) -> bool {
    let has = |s: &str| user_agent.contains(s);
    if has("CriOS") || has("FxiOS") || has("EdgiOS") {
        return true;
    }
    let chromium = ["Chrome/", "Chromium/", "Edg/", "OPR/"]
        .iter()
        .any(|s| has(s));
    has("AppleWebKit") && !chromium && !has("Gecko/")
}
