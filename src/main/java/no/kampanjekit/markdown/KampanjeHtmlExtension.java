package no.kampanjekit.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.Optional;
import java.util.Set;

/**
 * Kampanjekit's own HTML rendering on top of flexmark: readable heading ids and guide step numbers,
 * real labelled checkboxes for task lists, notice boxes, the raw HTML policy, and links to .md
 * files turned into page addresses.
 */
final class KampanjeHtmlExtension implements HtmlRenderer.HtmlRendererExtension {
    static KampanjeHtmlExtension create() {
        return new KampanjeHtmlExtension();
    }

    @Override
    public void rendererOptions(MutableDataHolder options) {}

    @Override
    public void extend(HtmlRenderer.Builder builder, String rendererType) {
        builder.nodeRendererFactory(options -> new Renderer());
        builder.linkResolverFactory(new IndependentLinkResolverFactory() {
            @Override
            public LinkResolver apply(LinkResolverBasicContext context) {
                return new MdLinkResolver();
            }
        });
        builder.attributeProviderFactory(new IndependentAttributeProviderFactory() {
            @Override
            public AttributeProvider apply(LinkResolverContext context) {
                return new Attributes();
            }
        });
    }

    private static ParsedPage page(NodeRendererContext context) {
        return MarkdownEngine.PAGE.get(context.getDocument()).page;
    }

    static final class Renderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(
                    new NodeRenderingHandler<>(Heading.class, this::heading),
                    new NodeRenderingHandler<>(TaskListItem.class, this::task),
                    new NodeRenderingHandler<>(BlockQuote.class, this::quote),
                    new NodeRenderingHandler<>(HtmlBlock.class, this::htmlBlock),
                    new NodeRenderingHandler<>(HtmlInline.class, this::htmlInline),
                    new NodeRenderingHandler<>(Link.class, (n, c, h) -> link(n, n.getUrl().toString(), c, h)),
                    new NodeRenderingHandler<>(LinkRef.class, this::linkRef),
                    new NodeRenderingHandler<>(HtmlCommentBlock.class, (n, c, h) -> {}),
                    new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, h) -> {}));
        }

        private void heading(Heading node, NodeRendererContext context, HtmlWriter html) {
            ParsedPage page = page(context);
            String id = page == null ? null : page.ids.get(node);
            if (id != null) html.attr("id", id);
            html.srcPos(node.getText()).withAttr().tag("h" + node.getLevel());
            Integer step = page == null ? null : page.stepNumbers.get(node);
            if (step != null) html.raw("<span class=\"step-number\">" + step + "</span> ");
            context.renderChildren(node);
            html.tag("/h" + node.getLevel()).line();
        }

        /** A real, labelled checkbox, so a screen reader announces the task and its state. */
        private void task(TaskListItem node, NodeRendererContext context, HtmlWriter html) {
            ParsedPage page = page(context);
            String id = page == null ? "oppgave" : page.ids.get(node);
            html.attr("class", "task-list-item").withAttr().tag("li");
            html.raw("<input type=\"checkbox\" class=\"task-checkbox\" id=\"" + Escape.html(id) + "\""
                    + (node.isItemDoneMarker() ? " checked" : "") + ">");
            Node first = node.getFirstChild();
            html.raw("<label for=\"" + Escape.html(id) + "\">");
            if (first instanceof Paragraph) {
                context.renderChildren(first);
                first = first.getNext();
            }
            html.raw("</label>");
            for (Node n = first; n != null; n = n.getNext()) context.render(n);
            html.tag("/li").line();
        }

        private void quote(BlockQuote node, NodeRendererContext context, HtmlWriter html) {
            String kind = NoticeBoxes.kindOf(node);
            if (kind == null) {
                context.delegateRender();
                return;
            }
            html.attr("class", "notice notice-" + kind).attr("role", "note").withAttr().tag("div").line();
            context.renderChildren(node);
            html.tag("/div").line();
        }

        private void linkRef(LinkRef node, NodeRendererContext context, HtmlWriter html) {
            Reference r = node.isDefined() ? node.getReferenceNode(context.getDocument()) : null;
            link(node, r == null ? "" : r.getUrl().toString(), context, html);
        }

        /**
         * A private address ({@link PrivateEmail}): no href and no address in plain form; the
         * readable form for people, and the encoded one for site.js to make a mailto: link of.
         */
        private void link(Node node, String url, NodeRendererContext context, HtmlWriter html) {
            if (!PrivateEmail.isPrivate(url)) {
                context.delegateRender();
                return;
            }
            ParsedPage page = page(context);
            Optional<String> address = PrivateEmail.valid(url);
            if (address.isEmpty()) { // reported by LinkChecker; never rendered in a build
                context.renderChildren(node);
                return;
            }
            String readable = Escape.html(PrivateEmail.readable(address.get(), page == null ? null : page.contentPath()));
            html.raw("<a class=\"private-email\" " + PrivateEmail.DATA_ATTRIBUTE + "=\"" + PrivateEmail.encode(address.get()) + "\">");
            boolean words = !PlainText.of(node).isBlank();
            context.renderChildren(node);
            html.raw((words ? " (" : "") + "<span class=\"private-email-address\">" + readable + "</span>" + (words ? ")" : "") + "</a>");
        }

        private void htmlBlock(HtmlBlock node, NodeRendererContext context, HtmlWriter html) {
            html.raw(RawHtmlPolicy.check(node.getChars().toString()).safeHtml());
        }

        private void htmlInline(HtmlInline node, NodeRendererContext context, HtmlWriter html) {
            html.raw(RawHtmlPolicy.check(node.getChars().toString()).safeHtml());
        }
    }

    /** Links to .md files become page addresses; forbidden schemes become inert. */
    static final class MdLinkResolver implements LinkResolver {
        @Override
        public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
            if (link.getLinkType() != LinkType.LINK && link.getLinkType() != LinkType.IMAGE) return link;
            LinkTargets targets = MarkdownEngine.LINK_TARGETS.get(context.getDocument());
            ParsedPage page = MarkdownEngine.PAGE.get(context.getDocument()).page;
            String url = link.getUrl();
            String root = PageLinks.rootFrom(targets.currentUri());
            switch (UrlPolicy.classify(url)) {
                case FORBIDDEN:
                    return link.withUrl("#").withStatus(LinkStatus.INVALID);
                case SITE_ABSOLUTE:
                    return link.withUrl(root + url.substring(1)).withStatus(LinkStatus.VALID);
                case RELATIVE: {
                    if (page == null) return link;
                    String[] parts = PageLinks.splitFragment(url);
                    Optional<String> inContent = PageLinks.resolveInContent(page.contentPath(), parts[0]);
                    if (inContent.isEmpty()) return link.withUrl("#").withStatus(LinkStatus.INVALID);
                    String fragment = parts[1] == null ? "" : "#" + parts[1];
                    if (inContent.get().endsWith(".md")) {
                        Optional<String> uri = targets.pageUri(inContent.get());
                        return link.withUrl(uri.map(u -> root + u).orElse("#") + fragment).withStatus(LinkStatus.VALID);
                    }
                    // A file beside the page in content/ is copied to the same place in the site.
                    return link.withUrl(root + inContent.get() + fragment).withStatus(LinkStatus.VALID);
                }
                default:
                    return link;
            }
        }
    }

    /** Classes on lists of tasks and notice labels; {@code rel} on links to other sites. */
    static final class Attributes implements AttributeProvider {
        @Override
        public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
            if ((node instanceof BulletList || node instanceof OrderedList) && node.getFirstChild() instanceof TaskListItem) {
                attributes.addValue("class", "task-list");
            } else if (node instanceof StrongEmphasis s && s.getParent() instanceof Paragraph p
                    && p.getFirstChild() == s && p.getParent() instanceof BlockQuote q && NoticeBoxes.kindOf(q) != null) {
                attributes.addValue("class", "notice-label");
            } else if (part == AttributablePart.LINK && attributes.contains("href")) {
                String href = attributes.getValue("href");
                if (UrlPolicy.classify(href) == UrlPolicy.Kind.EXTERNAL) attributes.replaceValue("rel", "noopener external");
            }
        }
    }
}
