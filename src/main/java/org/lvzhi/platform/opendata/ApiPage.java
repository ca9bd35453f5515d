package org.lvzhi.platform.opendata;

import java.util.List;
import java.util.function.Function;

import org.lvzhi.platform.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One page of a public list as the API answers it: the items, where the page stands and the links
 * to the pages before and after it (absent on the first and the last page).
 */
@Schema(description = "One page of a list")
public record ApiPage<T>(@Schema(description = "the records of this page") List<T> items,
		@Schema(description = "page number, from 1", example = "1") int page,
		@Schema(description = "records per page, at most " + ApiPaging.MAX_SIZE, example = "20") int size,
		@Schema(description = "records in the whole list with these filters") long total,
		@Schema(description = "links to this page and its neighbours") Links links) {

	/** The page {@code page} of a list of {@code total} records, its links made from the current request. */
	public static <T> ApiPage<T> of(List<T> items, ApiPaging paging, long total) {
		long pages = Math.max(1, (total + paging.size() - 1) / paging.size());
		String self = link(paging.page());
		String next = paging.page() < pages ? link(paging.page() + 1) : null;
		String prev = paging.page() > 1 ? link((int) Math.min(paging.page() - 1, pages)) : null;
		return new ApiPage<>(items, paging.page(), paging.size(), total, new Links(self, next, prev));
	}

	/** A page of the platform's {@link Page}, its items mapped to what the API shows. */
	public static <S, T> ApiPage<T> of(Page<S> page, ApiPaging paging, Function<S, T> mapping) {
		return of(page.items().stream().map(mapping).toList(), paging, page.total());
	}

	/** The requested page of a list held whole in memory (a public list of a few hundred records). */
	public static <T> ApiPage<T> slice(List<T> all, ApiPaging paging) {
		int from = (int) Math.min(all.size(), (long) (paging.page() - 1) * paging.size());
		int to = Math.min(all.size(), from + paging.size());
		return of(all.subList(from, to), paging, all.size());
	}

	private static String link(int page) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build().toUriString();
	}

	/** Links to neighbouring pages; a missing neighbour is left out. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Links(@Schema(description = "this page") String self,
			@Schema(description = "the next page; absent on the last", requiredMode = Schema.RequiredMode.NOT_REQUIRED) String next,
			@Schema(description = "the previous page; absent on the first", requiredMode = Schema.RequiredMode.NOT_REQUIRED) String prev) {
	}
}
