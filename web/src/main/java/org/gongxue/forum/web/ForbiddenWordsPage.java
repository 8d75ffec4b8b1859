package org.gongxue.forum.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import org.gongxue.forum.service.ForbiddenWords;
import org.gongxue.people.service.CurrentActor;

/** The forbidden words, one a line ({@code forum/words.xhtml}, platform administrators). */
@Named
@ViewScoped
public class ForbiddenWordsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CurrentActor currentActor;

    @Inject
    ForbiddenWords forbiddenWords;

    private String words;

    public void load() {
        if (words == null) {
            words = String.join("\n", forbiddenWords.list());
        }
    }

    public void save() {
        if (ForumFaces.change(() -> words = String.join("\n", forbiddenWords.replace(currentActor.require(),
                Arrays.asList(words == null ? new String[0] : words.split("\\R")))), Map.of("words", "words-form:words"))) {
            ForumFaces.info("forum.wordsSaved");
        }
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }
}
