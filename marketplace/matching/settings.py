"""All weights and thresholds of the matching engine, in one documented frozen object."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """Weights and thresholds of the matcher.

    How a score is made (every number below is a field of this object):

    1. Text analysis. Title, tags and description are normalised (abbreviations, reduplication,
       stemming, stopwords) and turned into *features*: lexicon concepts (``c:tofu``) and free
       terms (``t:anyam``). A feature's weight in a listing is the largest field weight it
       occurs in (``title_weight``, ``purpose_weight`` for the title's words after *utk,
       untuk, for, supaya* when a subject comes before them, ``material_weight`` for those
       after *dari, from, berbahan* up to the clause's end, what the product is made of
       ("cokelat batangan dr kakao": the subject is chocolate), ``held_weight`` for those
       after *sudah, su, telah (ada, punya), already* up to the clause's end, what the group
       already has ("su ada PIRT": a permit held, not one asked for), ``tags_weight``,
       ``description_weight``) plus
       ``field_bonus`` times its weight in the other fields (a word in title and tags is more
       central), times
       ``generic_factor`` for generic words (pelatihan, training, kelompok, buyer ...), times
       ``term_factor`` for free terms (non-lexicon words are weaker evidence than concepts),
       and that times ``gloss_factor`` for a free term the general glossary names in both
       languages (``w:scissor`` for *gunting* and *scissors*; 0 turns the glossary off),
       times ``subspan_factor`` for a concept found only inside a longer lexicon phrase, times
       ``fuzzy_factor`` when it was reached through a typo correction.
    2. Subject similarity ``S`` (0..1): cosine of the two listings' feature vectors, each
       feature weighted by IDF over the live listings of that kind, ``ln((N+1)/(df+0.5))``.
       A listing's length (the cosine's denominator) counts its weak features (weight below
       ``title_weight``: free words, a description, a word in passing) at ``weak_length`` of
       their square: an offer that says more about itself (a description, where it sells,
       for whom) is diluted less than one that names another subject in its title.
       A need concept also meets an offer's *related* concept at ``related_credit`` (< 1:
       always below the exact subject; ``pair_credit`` may set it per pair), never a near
       subject the lexicon keeps ``distinct`` (halal slaughter for halal certification).
       A pair where one side names a permit (lexicon ``role = "permit"``) in its title or
       tags (not a requirement in passing) the other does not meet (nor a concept of the
       permit's sector that the first names), or where both
       name activities (cultivation, processing) and share none, is off subject: ``S`` is
       multiplied by ``off_subject_factor`` (a BPOM permit for jamu is not a jamu-making
       class; growing potatoes is not making chips).
    3. Relevance floor (hard): a pair needs subject evidence beyond generic words
       (``S_subject >= min_subject``) and ``S >= relative_floor * best S`` of that query;
       otherwise it is not suggested at all.
    4. Hard rules: kinds agree, both open, date ranges can overlap, the offer has not ended
       before ``today``.
    5. Soft signals, each in 0..1: reach (``1`` if the offer's area holds the need's province
       or regency key, ``anywhere_reach`` if the offer has no area, otherwise
       ``distance_reach_max * 0.5 ** (km / distance_half_life_km)`` from the provider's base,
       ``0`` when nothing is known), capacity fit, date overlap, verified, reputation
       (``unknown_*`` when a value is missing; ratings pulled toward ``unknown_reputation``
       by ``reputation_prior_weight``).
    5b. Reach as a rule: an offer *cannot serve* a group when its service area names
       neither the group's province nor its regency, or, having no area, its base lies
       more than ``arealess_reach_km`` from the group. Such an offer never ranks above one
       that can (results are ordered by that verdict first, then by score), and
       ``Suggestion.can_serve`` carries the verdict so pages can show it apart. The default
       distance exceeds Indonesia's width (Sabang–Merauke ≈ 5,250 km) because an empty
       area means "everywhere or online" on the offer form; a deployment whose providers
       leave the area empty for local offers sets it lower.
    6. Final score ``= S * (subject_share + sum(w_i * signal_i))`` with
       ``subject_share + w_reach + w_capacity + w_dates + w_verified + w_reputation + w_text
       == 1``. ``w_text`` rewards character-level similarity of the subject words
       (rapidfuzz token_set_ratio), computed only for the few dozen retrieved candidates.

    Retrieval: generic words are not used to *find* candidates (they still count in the
    score); a feature held by many listings contributes only its ``posting_cap`` heaviest
    postings (``related_posting_cap`` for a related concept); ``candidate_pool``
    candidates by partial score, plus as many among those in reach, are rescored exactly.
    """

    # field weights
    title_weight: float = 1.0
    purpose_weight: float = 0.8  # a title's words after utk / untuk / for / supaya
    material_weight: float = 0.5  # a title's words after dari / from: what its product is made of
    held_weight: float = 0.5  # a title's words after sudah / su / telah: what the group has
    tags_weight: float = 1.2
    description_weight: float = 0.7
    field_bonus: float = 0.25
    # feature modifiers
    generic_factor: float = 0.12
    term_factor: float = 0.6
    gloss_factor: float = 1.0  # times term_factor: a gloss (gunting = scissors, matching.glossary)
    subspan_factor: float = 0.5
    fuzzy_factor: float = 0.85
    related_credit: float = 0.5
    weak_length: float = 0.5  # share of a weak feature's square in a listing's length
    # (need concept, related offer concept, credit): pairs whose credit differs, learnt from
    # facilitators' decisions (``flask tune-matching``)
    pair_credit: tuple[tuple[str, str, float], ...] = ()
    off_subject_factor: float = 0.3
    # fuzzy (typo) lookup guards
    fuzzy_min_length: int = 5
    fuzzy_min_ratio: float = 80.0
    fuzzy_substitution_min_length: int = 8
    # relevance floor
    min_subject: float = 0.05
    relative_floor: float = 0.25
    # final score mix (sums to 1)
    subject_share: float = 0.25
    w_reach: float = 0.6
    w_capacity: float = 0.04
    w_dates: float = 0.03
    w_verified: float = 0.02
    w_reputation: float = 0.02
    w_text: float = 0.04
    # soft-signal shapes
    anywhere_reach: float = 1.0
    distance_reach_max: float = 0.35
    distance_half_life_km: float = 75.0
    arealess_reach_km: float = 6000.0
    unknown_capacity: float = 0.7
    unknown_dates: float = 0.8
    unknown_reputation: float = 0.5
    reputation_prior_weight: float = 2.0  # a provider's first ratings count as if this many
    # neutral (``unknown_reputation``) ratings came before them
    # demand without supply: a suggestion this good covers need concepts it meets only
    # through related ones (see matching.demand)
    good_score: float = 0.3
    # retrieval
    posting_cap: int = 4000
    related_posting_cap: int = 1000
    candidate_pool: int = 20

    def __post_init__(self) -> None:
        total = (
            self.subject_share
            + self.w_reach
            + self.w_capacity
            + self.w_dates
            + self.w_verified
            + self.w_reputation
            + self.w_text
        )
        if abs(total - 1.0) > 1e-6:
            raise ValueError(f"score shares must sum to 1, got {total:.4f}")
