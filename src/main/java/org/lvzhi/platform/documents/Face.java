package org.lvzhi.platform.documents;

/**
 * The typefaces of an official document and the font that stands for each in each format. In Word
 * the names are those a Chinese Windows or WPS install carries; in the PDF they are free fonts from
 * Debian packages with TrueType outlines, which PDFBox can embed as subsets.
 */
enum Face {

	/** The title: 小标宋 in the standard; 宋体 bold in Word, WenQuanYi Zen Hei in the PDF. */
	TITLE("宋体", true, "wqy/wqy-zenhei.ttc", "WenQuanYiZenHei", "fonts-wqy-zenhei", 1),
	/** Body text, 仿宋 in the standard; AR PL UMing (明体) in the PDF. */
	BODY("仿宋", false, "arphic/uming.ttc", "UMingCN", "fonts-arphic-uming", 1),
	/** Level-1 headings: 黑体. */
	HEI("黑体", false, "wqy/wqy-zenhei.ttc", "WenQuanYiZenHei", "fonts-wqy-zenhei", 1),
	/** Level-2 headings: 楷体; AR PL UKai draws its characters smaller in the em, so it is set a little larger. */
	KAI("楷体", false, "arphic/ukai.ttc", "UKaiCN", "fonts-arphic-ukai", 1.1f),
	/** Level-3 headings: 仿宋 bold (the body font drawn bold in the PDF). */
	BODY_BOLD("仿宋", true, "arphic/uming.ttc", "UMingCN", "fonts-arphic-uming", 1);

	final String wordName;
	final boolean bold;
	final String file;
	final String fontName;
	final String debianPackage;
	/** The PDF font's size relative to the size of the text, so that its characters look as large as the others. */
	final float pdfScale;

	Face(String wordName, boolean bold, String file, String fontName, String debianPackage, float pdfScale) {
		this.wordName = wordName;
		this.bold = bold;
		this.file = file;
		this.fontName = fontName;
		this.debianPackage = debianPackage;
		this.pdfScale = pdfScale;
	}

	static Face ofHeading(int level) {
		return switch (level) {
			case 1 -> HEI;
			case 2 -> KAI;
			default -> BODY_BOLD;
		};
	}
}
