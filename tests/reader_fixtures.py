"""Seeds for the reader-facing site tests: three short articles that share their actors.

Maria Keller and Tom Berg are named in all three (as "Keller", "Mayor Tom Berg" too); two
articles are dated, one is not; one has tags. Written for the tests (not real articles).
"""
from __future__ import annotations

BRIDGE = """---
title: Council approves the new bridge
published: 2025-03-02
source: The Daily Example
url: https://example.com/bridge
tags: [infrastructure, city council]
---
The city council approved the new bridge on Monday after a long debate about its cost.

"This bridge will connect the two halves of our city for the first time," Maria Keller said after the vote.

Mayor Tom Berg said the work would start on 12 May and last two years.

Keller, who chairs the transport committee, said the cost of 40 million euros was fair. It is unclear whether the regional government will pay its share.
"""

BUDGET = """---
title: Transport budget doubles
published: 2025-04-10
tags: [budget]
---
The city will spend twice as much on buses and trams next year.

"We cannot build a modern city with the buses of the last century," Maria Keller said on Thursday.

Tom Berg welcomed the plan but warned that fares might rise by 5 percent.

The council will vote on the budget in June.
"""

HARBOUR = """Harbour workers end their strike

Harbour workers returned to work on Friday after a week-long strike over pay.

"Nobody wins a strike that lasts this long," Mayor Tom Berg told reporters at the harbour gate.

Union leader Sara Lind said the new contract raised wages by 4 percent.

Maria Keller said the city would review the harbour lease next year.
"""

SEEDS = {"bridge.md": BRIDGE, "budget.md": BUDGET, "harbour.txt": HARBOUR}
TITLES = {"bridge": "Council approves the new bridge", "budget": "Transport budget doubles",
          "harbour": "Harbour workers end their strike"}
