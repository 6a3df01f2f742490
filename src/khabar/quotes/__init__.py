"""Who said what: direct and indirect quotes, their speakers, and the sources an article credits.

``lexicon`` holds the words of Hindi reported speech, ``speakers`` finds and resolves the sayer, ``find`` reads a
paragraph: quotation marks with their cue, "X ने कहा कि ..." clauses, "X के मुताबिक ...", and cited media.
"""
