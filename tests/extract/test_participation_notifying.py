"""An authority whose clause only tells another state ("German police had reported the victims
to their Romanian counterparts", "Costa Rica's immigration service had alerted Panama") passed
word on; it did not act in the operation. An authority that acts and also informs, or says it
acted, still takes part. Invented texts."""

from __future__ import annotations

import pytest
from operation_participants import operations

pytestmark = pytest.mark.model

LEAD = "Operation Danube Shield: Bulgarian and Romanian police arrested 14 suspects. "
BOTH = {"BG", "RO"}


@pytest.mark.parametrize(
    "sentence",
    [
        "German police had reported several of the victims to their Romanian counterparts.",
        "Costa Rica's immigration service had alerted Romania to several of the women in 2025.",
        "The Moldovan police were informed of the arrests.",
        "Serbian border police had warned the Bulgarian side about the group's vans.",
        "Greek authorities were briefed on the results.",
        "The Latvian State Border Guard was asked to check vehicles linked to the network.",
        "Ghanaian authorities have requested information on two suspects.",
        "Mexican authorities were asked to locate two more members of the group in Chiapas.",
        "Turkish police sought details of the lorries used by the group.",
        "Myanmar authorities have been contacted about four Myanmar nationals on the boats.",
    ],
)
def test_an_authority_that_only_tells_is_no_participant(sentence: str) -> None:
    assert operations(LEAD + sentence) == {"DANUBE SHIELD": BOTH}


@pytest.mark.parametrize(
    "sentence",
    [
        "Moldovan police arrested two more suspects and informed the prosecutor.",
        "Moldovan police said they had arrested two more suspects.",
        "Moldovan police asked for the files and then arrested two more suspects.",
    ],
)
def test_an_authority_that_acts_or_says_it_acted_takes_part(sentence: str) -> None:
    assert operations(LEAD + sentence) == {"DANUBE SHIELD": BOTH | {"MD"}}
