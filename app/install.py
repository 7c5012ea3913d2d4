"""`mailmoat init`: a database ready to run, with a hostname and a STARTTLS certificate."""

from __future__ import annotations

import socket

from .policy.settings import validate
from .smtp.tls import make_self_signed
from .policy.starter_rules import STARTER_RULES
from .classify import starter
from .store import bayes as bayes_store
from .store import content_rules as content_rules_store
from .store import settings as settings_store
from .store.database import Store, display_target


STARTER_SEEDED = "internal.starter_rules_seeded"  # once only: a starter rule the operator removed stays removed
STARTER_MODEL_LOADED = "internal.starter_model_loaded"  # once only; `mailmoat learn --rebuild` loads it again


async def initialise(store: Store, hostname: str | None = None) -> list[str]:
    """Idempotent: fills in what is missing, keeps what the operator set. Returns what it did.

    Raises SettingError for a bad hostname.
    """
    done = []
    if hostname:
        await settings_store.set_setting(store, "hostname", validate("hostname", hostname))
    else:
        await settings_store.set_default(store, "hostname", validate("hostname", socket.getfqdn()))
    name = await settings_store.get_setting(store, "hostname") or socket.getfqdn()  # set just above
    if not await settings_store.get_setting(store, "tls.cert"):
        cert, key = store.file_beside("-tls.crt"), store.file_beside("-tls.key")
        make_self_signed(name, cert, key)
        await settings_store.set_setting(store, "tls.cert", cert)
        await settings_store.set_setting(store, "tls.key", key)
        done.append(f"made a self-signed certificate for {name}: {cert}")
    if not await settings_store.get_setting(store, STARTER_SEEDED):
        added = await content_rules_store.seed_rules(store, STARTER_RULES)
        await settings_store.set_setting(store, STARTER_SEEDED, "1")
        enabled = sum(1 for rule in STARTER_RULES if rule.enabled)
        done.append(f"added {added} starter content rules ({enabled} enabled; mailmoat rule list)")
    if not await settings_store.get_setting(store, STARTER_MODEL_LOADED):
        model = starter.shipped()
        if model is None:
            done.append("no starter model in this build: the statistical filter waits for `mailmoat learn`")
        else:
            await bayes_store.replace_base(store, *model)
            done.append(
                f"loaded the starter model of the statistical filter ({model[1]} spam, {model[2]} ham, "
                f"{len(model[0])} tokens)"
            )
        await settings_store.set_setting(store, STARTER_MODEL_LOADED, "1")
    done.append(f"database {display_target(store.path)} ready (hostname {name})")
    return done
