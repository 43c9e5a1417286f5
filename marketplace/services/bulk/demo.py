"""Demo data: one account per role and a living marketplace to click through."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from marketplace.extensions import db
from marketplace.models import Group, GroupMembership, Need, Provider, ProviderMember, User
from marketplace.models.base import utcnow
from marketplace.refs import DEFAULT_SOURCE
from marketplace.services.accounts.passwords import hash_password
from marketplace.services.bulk.imports import import_document, import_file
from marketplace.services.curation import caseload

SAMPLE = Path(__file__).resolve().parents[2] / "demo" / "sample-marketplace.json"

# (label, email, password, system roles) — the passwords are printed by seed-demo.
ACCOUNTS = (
    ("admin", "admin@demo.pasar.id", "demo-admin-Kopi-2026", {"is_admin": True}),
    (
        "facilitator (pendamping)",
        "pendamping@demo.pasar.id",
        "demo-pendamping-Rotan-2026",
        {"is_facilitator": True},
    ),
    ("group chair (ketua)", "ketua@demo.pasar.id", "demo-ketua-Tahu-2026", {}),
    ("group member (anggota)", "anggota@demo.pasar.id", "demo-anggota-Lele-2026", {}),
    ("trainer (pelatih)", "pelatih@demo.pasar.id", "demo-pelatih-Tofu-2026", {}),
    ("buyer (pembeli)", "pembeli@demo.pasar.id", "demo-pembeli-Batik-2026", {}),
)
NAMES = {
    "admin@demo.pasar.id": "Admin Program",
    "pendamping@demo.pasar.id": "Dewi Pendamping",
    "ketua@demo.pasar.id": "Pak Slamet",
    "anggota@demo.pasar.id": "Bu Wati",
    "pelatih@demo.pasar.id": "Bu Sri Rahayu",
    "pembeli@demo.pasar.id": "Koh Hendra",
}


def _demo_document(today: date) -> dict:
    soon, later = today + timedelta(days=14), today + timedelta(days=120)
    return {
        "groups": [
            {
                "ref": "demo-g1",
                "name": "Kelompok Tani Maju Sleman",
                "province": "DI Yogyakarta",
                "regency": "Sleman",
                "lat": -7.716,
                "lon": 110.355,
                "members": 24,
                "sector": "food_processing",
                "stage": "pengembangan",
                "village": "Wonokerto",
                "district": "Turi",
                "description": "Kelompok tani dan pengolah kedelai di lereng Merapi.",
                "products": "Kedelai lokal, keripik tempe, salak pondoh.",
                "achievements": "Sertifikat PIRT untuk keripik tempe (2025); 3 toko oleh-oleh rutin membeli.",
            }
        ],
        "providers": [
            {
                "ref": "demo-p1",
                "name": "Bu Sri Rahayu — Pelatihan Olahan Kedelai",
                "type": "trainer",
                "province": "Jawa Tengah",
                "regency": "Klaten",
                "lat": -7.705,
                "lon": 110.606,
                "description": "Trainer in soybean processing since 2009.",
                "contact_email": "pelatih@demo.pasar.id",
                "contact_phone": "+62 812 0000 0001",
            },
            {
                "ref": "demo-p2",
                "name": "Toko Oleh-oleh Hendra",
                "type": "buyer",
                "province": "DI Yogyakarta",
                "regency": "Kota Yogyakarta",
                "lat": -7.797,
                "lon": 110.37,
                "description": "Souvenir shop buying local snacks and crafts.",
                "contact_email": "pembeli@demo.pasar.id",
                "contact_phone": "+62 812 0000 0002",
            },
        ],
        "needs": [
            {
                "ref": "demo-n1",
                "group": "demo-g1",
                "kind": "training",
                "title": "Kami butuh pelatihan membuat tahu utk 20 org",
                "description": "Anggota kel. sdh punya kedelai, blm bisa bikin tahu yg awet.",
                "tags": ["tahu", "kedelai"],
                "quantity": 20,
                "unit": "orang",
                "wanted_from": soon.isoformat(),
                "wanted_until": later.isoformat(),
            },
            {
                "ref": "demo-n2",
                "group": "demo-g1",
                "kind": "market",
                "title": "Cari pembeli keripik tempe 200 bungkus/bln",
                "description": "Sudah ada PIRT, kemasan standing pouch 100 gr.",
                "tags": ["keripik", "tempe"],
                "quantity": 200,
                "unit": "bungkus",
            },
        ],
        "offers": [
            {
                "ref": "demo-o1",
                "provider": "demo-p1",
                "kind": "training",
                "title": "Tofu production workshop — we travel to villages in Central Java and Yogyakarta",
                "description": "Hands-on, 2 days: soaking, grinding, coagulating, pressing, hygiene.",
                "tags": ["tofu", "soybean"],
                "service_area": ["Jawa Tengah", "DI Yogyakarta"],
                "capacity": 30,
                "price": 2500000,
            },
            {
                "ref": "demo-o2",
                "provider": "demo-p2",
                "kind": "market",
                "title": "Kami beli keripik tempe & camilan lokal",
                "description": "Beli putus, bayar 14 hari. Minimal 50 bungkus per bulan, wajib PIRT.",
                "tags": ["keripik", "camilan"],
                "service_area": ["DI Yogyakarta", "Jawa Tengah"],
                "capacity": 500,
            },
        ],
    }


def _account(email: str, password: str, roles: dict) -> User:
    user = db.session.scalar(select(User).where(User.email == email))
    if user is None:
        user = User(
            email=email,
            name=NAMES[email],
            password_hash=hash_password(password),
            email_confirmed_at=utcnow(),
        )
        db.session.add(user)
    for name, value in roles.items():
        setattr(user, name, value)
    db.session.flush()
    return user


def _link(model, **keys) -> None:
    if (
        db.session.scalar(select(model).filter_by(**{k: v for k, v in keys.items() if k != "role"}))
        is None
    ):
        db.session.add(model(**keys))


def _age_sample_needs(today: date) -> None:
    """Spread the sample needs over the last two weeks so caseloads show untouched ones."""
    needs = db.session.scalars(select(Need).where(Need.ref.is_not(None)).order_by(Need.id)).all()
    for i, need in enumerate(needs):
        if need.ref.startswith("demo-"):
            continue
        posted = datetime.combine(today - timedelta(days=i % 15), datetime.min.time())
        if need.created_at > posted:
            need.created_at = posted


def seed(*, data_file: Path | None, today: date) -> list[tuple[str, str, str]]:
    """Load the sample marketplace and the demo accounts; running it again changes nothing."""
    if current_app.config["MARKETPLACE_ENV"] == "production":
        raise RuntimeError(
            "seed-demo creates accounts with published passwords: not in production."
        )
    import_file(data_file or SAMPLE)
    import_document(_demo_document(today))
    users = {email: _account(email, password, roles) for _, email, password, roles in ACCOUNTS}
    group = db.session.scalar(
        select(Group).where(Group.source == DEFAULT_SOURCE, Group.ref == "demo-g1")
    )
    trainer = db.session.scalar(
        select(Provider).where(Provider.source == DEFAULT_SOURCE, Provider.ref == "demo-p1")
    )
    buyer = db.session.scalar(
        select(Provider).where(Provider.source == DEFAULT_SOURCE, Provider.ref == "demo-p2")
    )
    _link(GroupMembership, group_id=group.id, user_id=users["ketua@demo.pasar.id"].id, role="ketua")
    _link(
        GroupMembership,
        group_id=group.id,
        user_id=users["anggota@demo.pasar.id"].id,
        role="anggota",
    )
    _link(ProviderMember, provider_id=trainer.id, user_id=users["pelatih@demo.pasar.id"].id)
    _link(ProviderMember, provider_id=buyer.id, user_id=users["pembeli@demo.pasar.id"].id)
    _age_sample_needs(today)
    caseload.assign(
        facilitator=users["pendamping@demo.pasar.id"], province_code=group.province_code
    )
    if trainer.verified_at is None:
        trainer.verified_at = utcnow()
        trainer.verified_by_id = users["pendamping@demo.pasar.id"].id
    db.session.commit()
    return [(label, email, password) for label, email, password, _ in ACCOUNTS]
