package org.lvzhi.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The snippet as HTML marks the matched words and escapes everything the record's author wrote. */
class SnippetHtmlTests {

	@Test
	void marksTheWordsAndEscapesTheRest() {
		SearchHits.Hit hit = new SearchHits.Hit("1", 1f, "t", "<b>加装电梯</b> & \"补贴\" '审批'",
				List.of(new SearchHits.Mark(3, 7), new SearchHits.Mark(20, 22)));
		assertThat(hit.snippetHtml())
			.isEqualTo("&lt;b&gt;<mark>加装电梯</mark>&lt;/b&gt; &amp; &quot;补贴&quot; &#39;<mark>审批</mark>&#39;");
	}

	@Test
	void aSnippetWithoutMarksIsOnlyEscapedAndNoSnippetStaysNull() {
		assertThat(new SearchHits.Hit("1", 1f, "t", "a<script>").snippetHtml()).isEqualTo("a&lt;script&gt;");
		assertThat(new SearchHits.Hit("1", 1f, "t", null).snippetHtml()).isNull();
	}
}
