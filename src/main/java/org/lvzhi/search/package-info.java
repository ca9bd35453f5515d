/**
 * Chinese full-text search and similar-item detection over the records of every module, with
 * Apache Lucene. Modules publish {@link org.lvzhi.search.DocumentChanged} and
 * {@link org.lvzhi.search.DocumentRemoved} events and provide a {@link org.lvzhi.search.DocumentSource}
 * so that an index can be rebuilt from the database at any time.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.lvzhi.search;
