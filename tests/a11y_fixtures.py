"""Seeds for the accessibility tests: the repository's seed, the three reader seeds (Maria
Keller and Tom Berg in each) and three more that share actors with the repository's seed
(Vladimir Putin, Kyiv, Ukraine), one of them with an editor's overrides and one undated with
a quote nobody is named for, so that every kind of generated text is on some page.
Written for the tests (not real articles).
"""
from __future__ import annotations

from reader_fixtures import SEEDS as READER_SEEDS

VOTE = """---
title: Kyiv prepares polling stations abroad
published: 2025-03-20
source: The Example Post
url: https://example.com/vote
author: Olena Example
tags: [elections, Ukraine]
---
Ukraine's election commission said on Tuesday that it would open polling stations in 40 countries.

"Every citizen who wants to vote will be able to vote," commission chair Oksana Melnyk told reporters in Kyiv.

Vladimir Putin said last week that Russia was ready to think about safety during the vote.

The commission has not said whether stations will open in Russia. It expects 2 million voters abroad.
"""

TALKS = """---
title: Talks on prisoner exchange resume
published: 2025-04-02
summary: Negotiators met again to discuss a prisoner exchange.
questions: ["When will the next round of talks take place?"]
actors:
  Oksana Melnyk: {role: election commission chair, kind: person}
---
Negotiators from Ukraine and Russia met in Istanbul on Wednesday to discuss a prisoner exchange.

"We are closer than a month ago," said Andrii Koval, who leads the Ukrainian delegation.

Vladimir Putin's spokesman declined to comment on the talks. Oksana Melnyk said the election would not wait for the exchange.

Koval said 300 prisoners could be exchanged by May.
"""

MARKET = """Grain prices fall after harbour reopens

Grain prices fell by 8 percent on Monday after the harbour in Odesa reopened.

"Ships are leaving again, and that changes everything," a trader said.

Maria Keller said the city would watch the prices closely. Officials in Kyiv welcomed the news.
"""

SEEDS = {**READER_SEEDS, "vote.md": VOTE, "talks.md": TALKS, "market.txt": MARKET}
