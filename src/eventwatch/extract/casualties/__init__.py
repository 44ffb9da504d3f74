"""Numbers of people killed, wounded and kidnapped, with the side they were on.

"killing eight police officers and two civilians" → killed 8 (security forces) + 2 (civilians);
"claimed 25 lives — including 18 of the attackers" → killed 25 (a total) with 18 attackers.

The package's public face: ``find_casualties`` reads one sentence, ``CasualtyFigure`` is what it
returns, ``disputing_words`` lets resolve/ doubt a figure. The modules split the reading by job.
"""

from eventwatch.extract.casualties.figure import CasualtyFigure
from eventwatch.extract.casualties.lexicon import disputing_words
from eventwatch.extract.casualties.sentence import find_casualties

__all__ = ["CasualtyFigure", "disputing_words", "find_casualties"]
